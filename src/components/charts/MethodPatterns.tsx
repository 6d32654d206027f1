import { METHODS } from './theme';

const SIZE = 7;

/**
 * SVG fills that tell the methods apart in black and white: full fine-tuning solid, LoRA
 * hatched, QLoRA dotted. Each pattern's id is `${id}-${method}`.
 */
export function MethodPatterns({ id }: { id: string }) {
  const [full, lora, qlora] = METHODS;
  return (
    <defs>
      <pattern id={`${id}-${full.key}`} width={SIZE} height={SIZE} patternUnits="userSpaceOnUse">
        <rect width={SIZE} height={SIZE} fill={full.colour} />
      </pattern>
      <pattern
        id={`${id}-${lora.key}`}
        width={SIZE}
        height={SIZE}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width={SIZE} height={SIZE} fill={lora.colour} fillOpacity={0.18} />
        <line x1={0} y1={0} x2={0} y2={SIZE} stroke={lora.colour} strokeWidth={4} />
      </pattern>
      <pattern id={`${id}-${qlora.key}`} width={SIZE} height={SIZE} patternUnits="userSpaceOnUse">
        <rect width={SIZE} height={SIZE} fill={qlora.colour} fillOpacity={0.18} />
        <circle cx={SIZE / 2} cy={SIZE / 2} r={2} fill={qlora.colour} />
      </pattern>
    </defs>
  );
}
