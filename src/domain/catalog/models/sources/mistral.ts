/** Sources several Mistral AI files cite. */

export const MISTRAL_SRC = {
  MISTRAL_INFERENCE_README:
    'github:mistralai/mistral-inference README.md @2557e12d (model list; 7B v0.3: extended vocabulary, function calling)',
} as const;
