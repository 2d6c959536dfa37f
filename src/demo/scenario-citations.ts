import type { Citation } from '../domain/agreement/agreement-types.js';

/** Every item of the scenario cites the source document: The Moscow Times, 13 March 2025. */
export function moscowTimes(quote: string): Citation {
  return { source: 'The Moscow Times', published_at: '2025-03-13', quote, lang: 'en', url: null };
}

export const QUOTES = {
  russiaAccepts:
    'Russia is prepared to accept a proposed 30-day ceasefire in Ukraine, but only if it leads to “long-term peace” and addresses the “root causes” of the conflict, President Vladimir Putin said Thursday during a joint press conference with Belarusian leader Alexander Lukashenko.',
  rootCauses:
    '“We agree with the proposal to cease hostilities. But we believe this cessation should lead to long-term peace and eliminate the root causes of the conflict,” Putin told reporters.',
  kursk:
    '“Are we supposed to let them go after they committed mass crimes against civilians? Or will the Ukrainian leadership order them to lay down arms and surrender?” he asked.',
  sudzha:
    'Earlier on Thursday, Russia’s Defense Ministry announced that its troops regained control over the town of Sudzha in the Kursk border region after seven months under Ukrainian control.',
  kurskSeized:
    'Ukraine initially seized 1,376 square kilometers (531 square miles) of land in the Kursk region after launching a surprise ground offensive in August.',
  mobilizationAndWeapons:
    '“How will these 30 days be used? To continue forced mobilization in Ukraine? To send more weapons there? How will issues of control and verification be handled — how can we be guaranteed that none of this will happen?” he continued.',
  ukraineAgreed:
    'Putin’s remarks came days after Ukraine agreed to a U.S.-brokered 30-day ceasefire during negotiations in Saudi Arabia.',
  ideaCorrect:
    '“The idea itself is correct, and we undoubtedly support it, but there are issues we need to discuss — including with our American partners. Perhaps I will discuss it with President Trump in a phone call,” he said.',
  trumpSanctions:
    'On Wednesday, Trump said he hoped the Russian president would agree to the truce or face “very bad, devastating” financial sanctions.',
  sanctionsRelief:
    'Russia, grappling with economic strain, has pushed for sanctions relief as part of any deal.',
  rubio:
    'U.S. Secretary of State Marco Rubio, who led the American negotiating team in talks with Ukraine in Saudi Arabia, said Washington wants Moscow to agree to the ceasefire with no preconditions.',
} as const;
