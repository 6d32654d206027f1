import type { License } from '../schema';

/** Open-source licences with no field-of-use limits, and Apache-2.0 releases that add a usage policy. */
export const permissiveLicenses: License[] = [
  {
    id: 'apache-2.0',
    name: 'Apache License 2.0',
    family: 'permissive',
    url: 'https://www.apache.org/licenses/LICENSE-2.0',
    commercialUse: true,
    acceptableUsePolicy: false,
    redistribution:
      'You may redistribute the weights and any fine-tune, modified or not, for any purpose, as long as you pass on the license, keep the notices and mark what you changed.',
    obligations: [
      'Give everyone you pass the weights or a derivative to a copy of the Apache License 2.0.',
      'Mark any file you modified with a prominent notice saying that you changed it.',
      'Keep the copyright, patent, trademark and attribution notices of the original in what you distribute.',
      'If the original ships a NOTICE file, carry its attribution notices forward in a NOTICE file, your documentation or your product display.',
      'Do not use the licensor’s names or trademarks beyond describing where the work comes from.',
    ],
    sources: [
      'https://www.apache.org/licenses/LICENSE-2.0',
      'github:huggingface/transformers LICENSE @0fa78c229edfe8afe267d28b8596e3b6fa57e904',
    ],
    notes: [
      'OSI-approved open-source license with no field-of-use, user-count or acceptable-use limits.',
      'It includes a patent license from contributors, which ends for you if you sue claiming the work infringes a patent.',
      'It says nothing about model outputs; check the model card for any separate terms the publisher adds.',
      'Verified by reading the full text (Sections 4–6) in a verbatim copy.',
    ],
  },
  {
    id: 'mit',
    name: 'MIT License',
    family: 'permissive',
    url: 'https://opensource.org/license/mit',
    commercialUse: true,
    acceptableUsePolicy: false,
    redistribution:
      'You may copy, modify, sell and redistribute the weights and derivatives freely, provided the copyright and permission notice travels with them.',
    obligations: [
      'Include the copyright notice and the MIT permission notice in all copies or substantial portions you distribute.',
    ],
    sources: [
      'https://opensource.org/license/mit',
      'github:go-gitea/gitea options/license/MIT @527a22beea72f05db7bfa0fb4798967fd25dc910',
    ],
    notes: [
      'OSI-approved open-source license; the shortest and most permissive in this catalog.',
      'Unlike Apache 2.0 it has no explicit patent grant and does not require you to mark changes.',
      'Verified by reading the full text in a verbatim copy.',
    ],
  },
  {
    id: 'gpt-oss-apache-2.0',
    name: 'gpt-oss: Apache License 2.0 with the gpt-oss usage policy',
    family: 'permissive',
    url: 'https://huggingface.co/openai/gpt-oss-20b/blob/main/USAGE_POLICY',
    commercialUse: true,
    acceptableUsePolicy: true,
    redistribution:
      'You may redistribute gpt-oss and fine-tunes, modified or not, for any purpose, under Apache 2.0 terms (license copy, notices, changes marked); OpenAI’s usage policy asks only that use complies with applicable law.',
    obligations: [
      'Give everyone you pass the weights or a derivative to a copy of the Apache License 2.0.',
      'Mark any file you modified with a prominent notice saying that you changed it.',
      'Keep the copyright, patent, trademark and attribution notices of the original in what you distribute.',
      'Comply with all applicable law when you use gpt-oss-20b or gpt-oss-120b, as the gpt-oss usage policy requires.',
    ],
    sources: [
      'github:openai/gpt-oss USAGE_POLICY @1983a9d74027aa49ed4be004c726004e22db48d2 ("By using OpenAI gpt-oss-120b and gpt-oss-20b, you agree to comply with all applicable law.")',
      'https://huggingface.co/openai/gpt-oss-20b (model card: license apache-2.0, with the gpt-oss usage policy)',
      'https://www.apache.org/licenses/LICENSE-2.0',
    ],
    notes: [
      'The weights are Apache 2.0; the usage policy shipped beside them adds one requirement, compliance with applicable law, and names no prohibited uses, user threshold, attribution phrase or naming rule.',
      'Verified: the usage policy was read in full in OpenAI’s own gpt-oss repository; the Apache terms are those of the apache-2.0 entry.',
    ],
  },
  {
    id: 'gemma-4-apache-2.0',
    name: 'Gemma 4: Apache License 2.0',
    family: 'permissive',
    url: 'https://www.apache.org/licenses/LICENSE-2.0',
    commercialUse: true,
    acceptableUsePolicy: false,
    redistribution:
      'You may redistribute Gemma 4 and any fine-tune, modified or not, for any purpose, as long as you pass on the license, keep the notices and mark what you changed; the Gemma Terms of Use and Prohibited Use Policy no longer apply.',
    obligations: [
      'Give everyone you pass the weights or a derivative to a copy of the Apache License 2.0.',
      'Mark any file you modified with a prominent notice saying that you changed it.',
      'Keep the copyright, patent, trademark and attribution notices of the original in what you distribute.',
      'If the checkpoint ships a NOTICE file, carry its attribution notices forward.',
    ],
    sources: [
      'https://ai.google.dev/gemma/terms (the Gemma Terms of Use, April 1, 2026 version: they cover the Gemma models listed in their appendix and state that Gemma 4 is released under Apache 2.0 instead)',
      'https://www.apache.org/licenses/LICENSE-2.0',
    ],
    notes: [
      'A separate id from the Gemma Terms of Use: Gemma 1, 2, 3 and 3n stay under those terms, with their use restrictions and remote-restriction clause; Gemma 4 drops them.',
      'Secondary: that Gemma 4 is Apache 2.0 was read in a verbatim copy of the Gemma Terms page, not in each Gemma 4 checkpoint’s LICENSE file; check the file shipped with the checkpoint you download.',
    ],
  },
];
