/** Sources and notes the Gemma 2 and Gemma 3 files cite. */

export const GEMMA_SRC = {
  GEMMA_2_CARD:
    'Gemma 2 model card, https://huggingface.co/google/gemma-2-9b (and siblings; read in a third-party copy of the card, not on the page itself: secondary)',
  GEMMA_2_CONFIG_COPIES:
    'HF config.json copies of google/gemma-2-2b/9b/27b(-it), e.g. https://huggingface.co/hfhugs/gemma-2-9b-it/blob/main/config.json, https://huggingface.co/kemura/gemma-2b-sql-finetuned/blob/main/config.json (_name_or_path google/gemma-2-2b) and https://huggingface.co/amonig/dippy_1410357808/blob/main/config.json (27B shape); secondary',
  GEMMA_JAX_CONFIGS:
    'github:google-deepmind/gemma gemma/gm/nn/_gemma.py @7691fd4e (official Gemma 2 / Gemma 3 transformer configs)',
  GEMMA_TERMS:
    'Gemma Terms of Use, https://ai.google.dev/gemma/terms secs. 3.1-3.2 (read in third-party quotations, not on the page itself: secondary)',
} as const;

/** Notes shared by several entries. */
export const GEMMA_NOTE = {
  GEMMA_LICENSE:
    'Gemma Terms of Use: commercial use allowed with no user threshold, but the Prohibited Use Policy binds users and derivatives, redistributors must pass the use restrictions on (sec. 3.1), and Google may restrict usage it believes violates the terms (sec. 3.2).',
} as const;
