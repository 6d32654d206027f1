/**
 * The licenses the catalog's models ship under, summarised in plain language.
 *
 * This is a plain-language summary to help choose a model, not legal advice. It paraphrases the
 * license texts listed in each entry's `sources`; where the two disagree, the license text wins.
 * Licenses change between versions: always read the LICENSE file shipped with the exact checkpoint
 * you download. Anything we could not read in the license text itself is said so in `notes`.
 */
import type { License } from './schema';

const LLAMA_MODELS = 'github:meta-llama/llama-models';

export const licenses: License[] = [
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
    id: 'llama-3.1',
    name: 'Llama 3.1 Community License Agreement',
    family: 'llama',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/LICENSE',
    commercialUse: true,
    monthlyActiveUserLimit: 700_000_000,
    attributionText: 'Built with Llama',
    namingRule:
      'An AI model you create, train, fine-tune or otherwise improve with Llama 3.1 or its outputs, and then distribute or make available, must have a name that begins with "Llama".',
    acceptableUsePolicy: true,
    redistribution:
      'You may redistribute Llama 3.1 and your fine-tunes, including inside products, if you ship a copy of the agreement and the Notice file, display "Built with Llama", keep derivative model names starting with "Llama" and bind use to the Acceptable Use Policy.',
    obligations: [
      'When you distribute or make available Llama 3.1, a derivative, or a product or service (including another AI model) containing either, include a copy of this agreement.',
      'In that case also display "Built with Llama" prominently on a related website, user interface, blog post, about page or product documentation.',
      'If you use Llama 3.1 or its outputs to create, train, fine-tune or improve an AI model that you distribute or make available, its name must begin with "Llama".',
      'Every copy you distribute must carry a "Notice" text file reading: "Llama 3.1 is licensed under the Llama 3.1 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved."',
      'Your use must follow applicable law (including trade-compliance law) and the Llama 3.1 Acceptable Use Policy, which is part of the agreement.',
      'If you and your affiliates had more than 700 million monthly active users in the calendar month before the Llama 3.1 release date (July 23, 2024), you need a separate license from Meta before using any of these rights.',
      'Use the "Llama" name only as the naming rule requires, and follow Meta’s brand guidelines when you do.',
    ],
    sources: [
      `${LLAMA_MODELS} models/llama3_1/LICENSE @47401a87273be9e4bc7612f4f8c25acaee9a2968`,
      `${LLAMA_MODELS} models/llama3_1/USE_POLICY.md @47401a87273be9e4bc7612f4f8c25acaee9a2968`,
    ],
    notes: [
      'A custom community license, not an OSI-approved open-source license: use is restricted by the Acceptable Use Policy and the 700 million user clause.',
      'As written, the 700 million test looks at the month before the release date (July 23, 2024), not at later growth; it counts the licensee and its affiliates.',
      'Using Llama 3.1 outputs to train other models (synthetic data, distillation) is allowed, on condition of the "Llama" naming rule.',
      'Someone who receives Llama only as part of an integrated end-user product is exempt from the 700 million user clause.',
      'Suing Meta claiming that Llama or its outputs infringe your intellectual property ends your license; Meta may also terminate it on breach.',
      'The Llama 3.1 Acceptable Use Policy (llama.meta.com/llama3_1/use-policy) has no EU restriction; it prohibits, among others, illegal activity, weapons, critical-infrastructure operation and deceptive uses.',
      'Governed by California law, with California courts having exclusive jurisdiction.',
      'Verified by reading the license and Acceptable Use Policy in Meta’s own repository.',
    ],
  },
  {
    id: 'llama-3.2',
    name: 'Llama 3.2 Community License Agreement',
    family: 'llama',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/LICENSE',
    commercialUse: true,
    monthlyActiveUserLimit: 700_000_000,
    attributionText: 'Built with Llama',
    namingRule:
      'An AI model you create, train, fine-tune or otherwise improve with Llama 3.2 or its outputs, and then distribute or make available, must have a name that begins with "Llama".',
    acceptableUsePolicy: true,
    redistribution:
      'You may redistribute Llama 3.2 and your fine-tunes, including inside products, if you ship a copy of the agreement and the Notice file, display "Built with Llama", keep derivative model names starting with "Llama" and bind use to the Acceptable Use Policy.',
    obligations: [
      'When you distribute or make available Llama 3.2, a derivative, or a product or service (including another AI model) containing either, include a copy of this agreement.',
      'In that case also display "Built with Llama" prominently on a related website, user interface, blog post, about page or product documentation.',
      'If you use Llama 3.2 or its outputs to create, train, fine-tune or improve an AI model that you distribute or make available, its name must begin with "Llama".',
      'Every copy you distribute must carry a "Notice" text file reading: "Llama 3.2 is licensed under the Llama 3.2 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved."',
      'Your use must follow applicable law (including trade-compliance law) and the Llama 3.2 Acceptable Use Policy, which is part of the agreement.',
      'If you and your affiliates had more than 700 million monthly active users in the calendar month before the Llama 3.2 release date (September 25, 2024), you need a separate license from Meta before using any of these rights.',
      'Use the "Llama" name only as the naming rule requires, and follow Meta’s brand guidelines when you do.',
    ],
    sources: [
      `${LLAMA_MODELS} models/llama3_2/LICENSE @fc5d5442c4b4d7cb33b0e925a30acfb479b34d2a`,
      `${LLAMA_MODELS} models/llama3_2/USE_POLICY.md @fc5d5442c4b4d7cb33b0e925a30acfb479b34d2a`,
      `${LLAMA_MODELS} models/llama3_2/MODEL_CARD.md @1156e8676f57de65e085abde5b5e6bf79857ae6f`,
      `${LLAMA_MODELS} models/llama3_2/MODEL_CARD_VISION.md @33261ec3b79ad1cadfcd1ae6be8f5783ee90f92a`,
    ],
    notes: [
      'A custom community license, not an OSI-approved open-source license; apart from the version name, release date and policy link its text matches Llama 3.1’s.',
      'EU restriction: the Llama 3.2 Acceptable Use Policy does not grant the license rights for Llama 3.2’s multimodal models (the 11B and 90B Vision models) to individuals domiciled in, or companies with their principal place of business in, the European Union.',
      'That EU restriction does not apply to end users of a product or service that incorporates the Vision models, and it does not reach the text-only Llama 3.2 1B and 3B models.',
      'As written, the 700 million test looks at the month before the release date (September 25, 2024), not at later growth; it counts the licensee and its affiliates.',
      'Using outputs to train other models (synthetic data, distillation) is allowed, on condition of the "Llama" naming rule; Meta’s model card says so explicitly.',
      'Someone who receives Llama only as part of an integrated end-user product is exempt from the 700 million user clause.',
      'Suing Meta claiming that Llama or its outputs infringe your intellectual property ends your license; Meta may also terminate it on breach.',
      'Governed by California law, with California courts having exclusive jurisdiction.',
      'Verified by reading the license, Acceptable Use Policy and both model cards in Meta’s own repository.',
    ],
  },
  {
    id: 'llama-3.3',
    name: 'Llama 3.3 Community License Agreement',
    family: 'llama',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_3/LICENSE',
    commercialUse: true,
    monthlyActiveUserLimit: 700_000_000,
    attributionText: 'Built with Llama',
    namingRule:
      'An AI model you create, train, fine-tune or otherwise improve with Llama 3.3 or its outputs, and then distribute or make available, must have a name that begins with "Llama".',
    acceptableUsePolicy: true,
    redistribution:
      'You may redistribute Llama 3.3 and your fine-tunes, including inside products, if you ship a copy of the agreement and the Notice file, display "Built with Llama", keep derivative model names starting with "Llama" and bind use to the Acceptable Use Policy.',
    obligations: [
      'When you distribute or make available Llama 3.3, a derivative, or a product or service (including another AI model) containing either, include a copy of this agreement.',
      'In that case also display "Built with Llama" prominently on a related website, user interface, blog post, about page or product documentation.',
      'If you use Llama 3.3 or its outputs to create, train, fine-tune or improve an AI model that you distribute or make available, its name must begin with "Llama".',
      'Every copy you distribute must carry a "Notice" text file reading: "Llama 3.3 is licensed under the Llama 3.3 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved."',
      'Your use must follow applicable law (including trade-compliance law) and the Llama 3.3 Acceptable Use Policy, which is part of the agreement.',
      'If you and your affiliates had more than 700 million monthly active users in the calendar month before the Llama 3.3 release date (December 6, 2024), you need a separate license from Meta before using any of these rights.',
      'Use the "Llama" name only as the naming rule requires, and follow Meta’s brand guidelines when you do.',
    ],
    sources: [
      `${LLAMA_MODELS} models/llama3_3/LICENSE @cf41a5254b6ad5d4e2258ac377db6cfbfae2c468`,
      `${LLAMA_MODELS} models/llama3_3/USE_POLICY.md @09b4305ac41e641dd714ea6e07c78fa982ef9342`,
      `${LLAMA_MODELS} models/llama3_3/MODEL_CARD.md @8c88b8c0d75dbd136b6895220c4f56ccbe2f2d24`,
    ],
    notes: [
      'A custom community license, not an OSI-approved open-source license; apart from the version name, release date and policy link its text matches Llama 3.1’s and 3.2’s.',
      'The Llama 3.3 Acceptable Use Policy repeats the EU clause for multimodal models, but Llama 3.3 is a text-only 70B model, so that clause has no effect on it.',
      'As written, the 700 million test looks at the month before the release date (December 6, 2024), not at later growth; it counts the licensee and its affiliates.',
      'Using outputs to train other models (synthetic data, distillation) is allowed, on condition of the "Llama" naming rule; Meta’s model card says so explicitly.',
      'Someone who receives Llama only as part of an integrated end-user product is exempt from the 700 million user clause.',
      'Suing Meta claiming that Llama or its outputs infringe your intellectual property ends your license; Meta may also terminate it on breach.',
      'Governed by California law, with California courts having exclusive jurisdiction.',
      'Verified by reading the license, Acceptable Use Policy and model card in Meta’s own repository.',
    ],
  },
  {
    id: 'gemma',
    name: 'Gemma Terms of Use',
    family: 'gemma',
    url: 'https://ai.google.dev/gemma/terms',
    commercialUse: true,
    acceptableUsePolicy: true,
    redistribution:
      'You may redistribute Gemma and Model Derivatives (fine-tunes, and models distilled from Gemma outputs), including as a hosted service, if you pass on the use restrictions as an enforceable term, give recipients the terms, mark modified files and include the Gemma Notice file.',
    obligations: [
      'Put the Section 3.2 use restrictions (the Gemma Prohibited Use Policy and applicable law) into any agreement under which you distribute Gemma or a derivative, as an enforceable term.',
      'Tell everyone you distribute to that Gemma and its derivatives are subject to those use restrictions.',
      'Give every third-party recipient of Gemma or a derivative a copy of the Gemma Terms of Use.',
      'Mark any file you modified with a prominent notice saying that you modified it.',
      'Ship every distribution other than a hosted service with a "Notice" text file reading: "Gemma is provided under and subject to the Gemma Terms of Use found at ai.google.dev/gemma/terms".',
      'Do not use Gemma or its derivatives for anything the Gemma Prohibited Use Policy forbids, or in breach of applicable law.',
      'Any terms you add for your own modifications must not conflict with the Gemma Terms of Use.',
    ],
    sources: [
      'https://ai.google.dev/gemma/terms',
      'github:peterblazejewicz/functiongemma-270m-it-gemma-teacher GEMMA_TERMS_OF_USE.md @19ccbddef880e5907cf4328de2818502e4cc4d33',
      'https://ai.google.dev/gemma/prohibited_use_policy',
    ],
    notes: [
      'A custom license, not an OSI-approved open-source license; there is no user-count threshold, no required "Built with" display and no naming rule.',
      'Remote restriction: Google reserves the right, to the extent the law allows, to restrict (remotely or otherwise) any use of Gemma it reasonably believes breaks the terms.',
      '"Model Derivatives" include models trained on Gemma outputs to perform like Gemma (distillation, synthetic data), so those models inherit these terms; the outputs themselves are not derivatives, and Google claims no rights in them.',
      'Offering Gemma or a fine-tune through an API or web app counts as distribution, so the use-restriction duties apply to hosted services too (only the Notice file is waived for them).',
      'Google may change the Prohibited Use Policy, which is incorporated by reference; it covers, among others, infringing content, illegal activity, unlicensed professional practice, spam, fraud and circumventing safety filters.',
      'On termination you must delete and stop distributing all copies of Gemma and your derivatives; governed by California law (Santa Clara County courts).',
      'Scope: the terms apply to the Gemma models listed in their Appendix (Gemma 1, 2, 3, 3n and related families); the terms page says Gemma 4 is under Apache 2.0 instead.',
      'Read in a verbatim copy of the April 1, 2026 version of the terms (secondary copy, not the Google page itself); only the opening of the Prohibited Use Policy (last modified February 21, 2024) was read.',
    ],
  },
  {
    id: 'qwen',
    name: 'Qwen License Agreement',
    family: 'qwen',
    url: 'https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/LICENSE',
    commercialUse: true,
    monthlyActiveUserLimit: 100_000_000,
    attributionText: 'Built with Qwen (or: Improved using Qwen)',
    acceptableUsePolicy: false,
    redistribution:
      'You may redistribute the weights and derivatives, modified or not, including in products, if you give recipients a copy of the agreement, mark modified files and keep the Qwen Notice file.',
    obligations: [
      'Give every recipient of the weights or a derivative a copy of the Qwen License Agreement.',
      'Mark any file you modified with a prominent notice saying that you changed it.',
      'Every copy you distribute must carry a "Notice" text file reading: "Qwen is licensed under the Qwen LICENSE AGREEMENT, Copyright (c) Alibaba Cloud. All Rights Reserved."',
      'If you use the model or its outputs to create, train, fine-tune or improve an AI model that you distribute or make available, display "Built with Qwen" or "Improved using Qwen" prominently in its product documentation.',
      'If you use the model commercially and your product or service has more than 100 million monthly active users, you must request a license from Alibaba Cloud and may not use these rights until it is granted.',
      'Comply with export controls and the laws that apply to your use.',
    ],
    sources: [
      'https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blame/347606f5a6be8834d71d1321440b180e14fb19b0/LICENSE',
      'https://hf-mirror.492719920.workers.dev/Qwen/Qwen2.5-72B-Instruct/discussions/18',
      'github:roboflow/inference inference/models/qwen25vl/LICENSE.txt @f22bd024ef9edcc3a51b61a72077b78c10b22220',
    ],
    notes: [
      'This is the "Qwen LICENSE AGREEMENT" dated September 19, 2024, used by Qwen2.5-72B; it is not the older "Tongyi Qianwen LICENSE AGREEMENT" (2023) of Qwen 1, Qwen1.5 and Qwen2-72B, which shares the 100 million threshold but forbids using outputs to improve other large language models.',
      'A custom license, not an OSI-approved open-source license; it names no acceptable-use policy, only export-control and legal compliance.',
      'Unlike Llama’s, the 100 million user test is not pinned to a release date: it applies whenever your commercial product or service passes that number.',
      'There is no model-naming rule, and no trademark license beyond what the notice duties need.',
      'Governed by the laws of China, with the People’s Courts of Hangzhou having exclusive jurisdiction.',
      'Partly unverified: the stored copy of the Hugging Face LICENSE showed only its opening (title, release date, definitions); the 100 million clause (Section 4) and the "Built with Qwen" clause (Section 5b) were read in consistent verbatim quotations by several third parties, including a Qwen discussion thread, not in the file itself.',
      'The redistribution and notice clauses are given as in the sibling Qwen Research License of the same date, read in full; their wording in this license was seen only in third-party summaries.',
    ],
  },
  {
    id: 'qwen-research',
    name: 'Qwen Research License Agreement',
    family: 'qwen',
    url: 'https://huggingface.co/Qwen/Qwen2.5-3B-Instruct/blob/main/LICENSE',
    commercialUse: false,
    attributionText: 'Built with Qwen (or: Improved using Qwen)',
    acceptableUsePolicy: false,
    redistribution:
      'You may redistribute the weights and derivatives for non-commercial (research or evaluation) purposes only, giving recipients the agreement, marking modified files and keeping the Qwen Research Notice file.',
    obligations: [
      'Use, copy, modify and share the model only for non-commercial purposes, which the license defines as research or evaluation only.',
      'Request a separate license from Alibaba Cloud before any commercial use.',
      'Give every recipient of the weights or a derivative a copy of the Qwen Research License Agreement.',
      'Mark any file you modified with a prominent notice saying that you changed it.',
      'Every copy you distribute must carry a "Notice" text file reading: "Qwen is licensed under the Qwen RESEARCH LICENSE AGREEMENT, Copyright (c) Alibaba Cloud. All Rights Reserved."',
      'If you use the model or its outputs to create, train, fine-tune or improve an AI model that you distribute or make available, display "Built with Qwen" or "Improved using Qwen" prominently in its product documentation.',
      'Comply with export controls and the laws that apply to your use.',
    ],
    sources: [
      'github:roboflow/inference inference/models/qwen25vl/LICENSE.txt @f22bd024ef9edcc3a51b61a72077b78c10b22220',
      'https://huggingface.co/Qwen/Qwen2.5-3B-Instruct-GPTQ-Int8/commit/53114ac80f042543a1084f693c8b3dbac705e830',
    ],
    notes: [
      'Non-commercial: research and evaluation only; deploying the model or a fine-tune in a product or paid service needs a separate commercial license from Alibaba Cloud.',
      'Qwen2.5-3B is the odd one out in its family: most other Qwen2.5 sizes are Apache 2.0 and the 72B model uses the Qwen License (from third-party listings, not checked model by model here).',
      'There is no user-count threshold (commercial use needs a license at any scale), no acceptable-use policy and no model-naming rule.',
      'Governed by the laws of China, with the People’s Courts of Hangzhou having exclusive jurisdiction.',
      'Read in full in a copy of the September 19, 2024 text shipped with Qwen2.5-VL-3B; that the Qwen2.5-3B-Instruct file is the same text rests on the matching title and date in Qwen’s own Qwen2.5-3B-Instruct-GPTQ-Int8 commit, not on reading that file end to end.',
    ],
  },
  {
    id: 'cc-by-nc-4.0',
    name: 'Creative Commons Attribution-NonCommercial 4.0 International',
    family: 'non-commercial',
    url: 'https://creativecommons.org/licenses/by-nc/4.0/legalcode',
    commercialUse: false,
    acceptableUsePolicy: false,
    redistribution:
      'You may share the weights and adaptations (such as fine-tunes) for non-commercial purposes only, with credit, a link to the license and an indication of changes, and without adding restrictions for recipients.',
    obligations: [
      'Use and share the material and any adaptation only for purposes not primarily aimed at commercial advantage or monetary compensation.',
      'Give credit as the licensor supplied it: the creator’s name, the copyright notice, the license and disclaimer notices, and a link to the material where practical.',
      'Say whether you modified the material, and keep any earlier indication of modifications.',
      'State that the material is under CC BY-NC 4.0 and include the license text or a link to it.',
      'Do not add terms or technical measures that stop recipients from using the rights the license gives them.',
      'If you share an adaptation, its license must not stop recipients from complying with CC BY-NC 4.0.',
    ],
    sources: [
      'https://creativecommons.org/licenses/by-nc/4.0/legalcode',
      'github:go-gitea/gitea options/license/CC-BY-NC-4.0 @34071af9b3eb10f3c61a65b4b9905746fca2af4b',
    ],
    notes: [
      'No commercial use of the weights or of fine-tunes you build from them; a paid product or a business deployment is outside the grant.',
      'The credit is not a fixed phrase: give the creator, notices and link in any reasonable way for the medium.',
      'Patent and trademark rights are not licensed.',
      'Your rights end automatically on breach, and come back if you fix the breach within 30 days of discovering it.',
      'Creative Commons licenses were written for creative works and data; how they apply to model weights is untested, so treat the non-commercial condition as binding.',
      'Verified by reading the full legal code in a verbatim copy.',
    ],
  },
];
