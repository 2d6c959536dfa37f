/**
 * A sensitive location is shown on a 0.1° grid (about 11 km north–south), so a
 * reader learns the area but not the position of an observer or a witness.
 */
export function roundedLocation(latitude: number, longitude: number): { latitude: number; longitude: number } {
  return { latitude: Math.round(latitude * 10) / 10, longitude: Math.round(longitude * 10) / 10 };
}
