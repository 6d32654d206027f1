/** Sources and notes the Qwen3.5 and Qwen3.6 modules share (dense sizes, mixtures of experts). */

export const QWEN3_5_SRC = {
  KERAS_QWEN3_5:
    'github:keras-team/keras-hub keras_hub/src/models/qwen3_5/qwen3_5_presets.py @71453d08f59edc90d276e999319fc51e61cbf82c (exact stored-parameter counts of the converted weights, vision tower included, no MTP head: qwen3_5_0.8b_base and qwen3_5_0.8b 852,985,920; qwen3_5_2b(_base) 2,213,241,664; qwen3_5_4b_base and qwen3_5_4b 4,539,265,536; qwen3_5_27b 27,356,728,560; secondary)',
  KERAS_QWEN3_5_MOE:
    'github:keras-team/keras-hub keras_hub/src/models/qwen3_5_moe/qwen3_5_moe_presets.py @71453d08f59edc90d276e999319fc51e61cbf82c (exact stored-parameter counts, vision tower included, no MTP head: qwen3_5_moe_35b_a3b_base, qwen3_5_moe_35b_a3b and qwen3_6_moe_35b_a3b 35,107,181,936; secondary)',
  CONFIG_3_6_27B:
    'https://huggingface.co/Qwen/Qwen3.6-27B/blob/main/config.json (verbatim: every published field)',
  QWEN3_README:
    'github:QwenLM/Qwen3 README.md @7a2f61ff (License Agreement: open-weight models under Apache 2.0)',
} as const;

export const QWEN3_5_NOTE = {
  HYBRID:
    'Hybrid stack: three Gated DeltaNet blocks (linear attention with a fixed-size recurrent state and a short causal convolution) to one gated full-attention block (RoPE on a quarter of each 256-wide head). Only the full-attention quarter keeps a KV cache that grows with the context.',
  MTP: 'The checkpoint also stores a one-block multi-token-prediction head for speculative decoding; transformers does not load it and fine-tuning does not train it, so parameters.total leaves it out.',
  VISION:
    'Multimodal checkpoint (Qwen3_5ForConditionalGeneration): the count includes the vision tower and patch merger, which stay frozen when the language model is fine-tuned.',
  KERNELS:
    'Fine-tuning at speed needs the flash-linear-attention and causal-conv1d kernels; without them transformers falls back to a slow PyTorch path for the DeltaNet blocks.',
  LICENSE_UNVERIFIED:
    "Licence unverified: Apache 2.0 as for Qwen's other open-weight releases (Qwen3 README); this checkpoint's own LICENSE file and card were not read.",
  RELEASED_UNVERIFIED: 'The release month was not confirmed in a cited source.',
} as const;
