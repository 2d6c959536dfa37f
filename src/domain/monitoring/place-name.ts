/** The key a place name is looked up by: no accents, no case, single spaces ("Sudža" and "SUDZHA " differ only by spelling). */
export function placeNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’ʼ`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
