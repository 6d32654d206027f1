const GIB = 2 ** 30;

interface FitBarProps {
  usedBytes: number;
  capacityBytes: number;
  label: string;
}

/** Memory used against memory available, as a bar with the figures in text. */
export function FitBar({ usedBytes, capacityBytes, label }: FitBarProps) {
  const share = capacityBytes > 0 ? usedBytes / capacityBytes : 1;
  const state = share > 1 ? 'over' : share > 0.9 ? 'tight' : 'ok';
  const text = `${(usedBytes / GIB).toFixed(1)} of ${(capacityBytes / GIB).toFixed(1)} GiB (${Math.round(share * 100)}%)`;
  return (
    <div className={`fit-bar fit-${state}`}>
      <div
        className="fit-track"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={Math.round((capacityBytes / GIB) * 10) / 10}
        aria-valuenow={Math.round((usedBytes / GIB) * 10) / 10}
        aria-valuetext={text}
      >
        <div className="fit-fill" style={{ width: `${Math.min(100, share * 100)}%` }} />
      </div>
      <span className="fit-text">
        {text}
        {state === 'over' ? ' — does not fit' : state === 'tight' ? ' — tight' : ''}
      </span>
    </div>
  );
}
