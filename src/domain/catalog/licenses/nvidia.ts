import type { License } from '../schema';

/** NVIDIA's model licence (Nemotron and other NVIDIA open models). */
export const nvidiaLicenses: License[] = [
  {
    id: 'nvidia-open-model',
    name: 'NVIDIA Open Model License Agreement',
    family: 'permissive',
    url: 'https://www.nvidia.com/en-us/agreements/enterprise-software/nvidia-open-model-license/',
    commercialUse: true,
    acceptableUsePolicy: true,
    redistribution:
      'You may use the model commercially, create derivative models and distribute the model or derivatives, provided every recipient gets a copy of the agreement and a "Notice" file with NVIDIA\u2019s attribution; the rights end if you circumvent the model\u2019s safety guardrails or sue over it.',
    obligations: [
      'Give every recipient of the model or a derivative a copy of the NVIDIA Open Model License Agreement.',
      'Ship a "Notice" text file reading "Licensed by NVIDIA Corporation under the NVIDIA Open Model License" with what you distribute.',
      'Use the model in a way consistent with NVIDIA\u2019s Trustworthy AI terms, which the agreement incorporates.',
      'Do not bypass, disable or weaken the model\u2019s technical limitations or safety guardrails without an equivalent replacement: doing so ends your rights under the agreement.',
      'Your rights also end if you bring patent or copyright litigation claiming that the model infringes.',
      'Comply with the export-control and end-use laws that apply to the model.',
    ],
    sources: [
      'https://www.nvidia.com/en-us/agreements/enterprise-software/nvidia-open-model-license/',
      'https://www.nvidia.com/en-us/agreements/trustworthy-ai/terms/',
      'https://huggingface.co/nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-BF16 (model card: "Use of this model is governed by the NVIDIA Open Model License Agreement"; license tag nvidia-open-model-license), read in a copy of the card: github:nerdpudding/llama_cpp models/documentation/CANDIDATES/README_Nemotron-3-Nano-30B-A3B-GGUF.md @dd378e2932c85d6cfced003d7ba0324f614d5642',
    ],
    notes: [
      'NVIDIA states the intent in the agreement itself: the models are commercially usable, you may create and distribute derivative models, and NVIDIA claims no ownership of outputs.',
      'A custom licence, not an OSI-approved open-source licence: grouped with the permissive licences because it sets no user threshold, naming rule or field-of-use ban, but it binds you to the Trustworthy AI terms and is revocable (guardrail and litigation clauses).',
      'NVIDIA has revised the agreement (versions dated June 2024, April 2025 and October 2025 circulate), and a Linux Foundation press release of 28 May 2026 is titled as NVIDIA adopting OpenMDW for Cosmos, Isaac GR00T, Ising and Nemotron model families (https://www.linuxfoundation.org/press/linux-foundation-releases-openmdw-1.1-nvidia-adopts-openmdw-for-cosmos-isaac-gr00t-ising-and-nemotron-ai-model-families; not read here): check the licence file shipped with the exact checkpoint.',
      'Unverified: the agreement text was not read in full in this review; the obligations are summarised from quotations of its sections in third-party licence reviews and from the model cards that name it. Read the agreement before relying on this summary.',
    ],
  },
];
