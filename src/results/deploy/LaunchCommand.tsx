import { launchPlan, launchScript } from '../../domain/export/launchCommand';
import type { Recommendation } from '../../domain/recommend';
import { ENGINE_LABELS } from '../../domain/serving';

/** The default engine's launch lines: conversion steps, then the server. */
export function LaunchCommand({ recommendation }: { recommendation: Recommendation }) {
  const launch = launchPlan(recommendation);
  if (!launch) return null;
  return (
    <>
      <h3 id="launch-title">Start the server with {ENGINE_LABELS[launch.engine]}</h3>
      <pre aria-labelledby="launch-title" className="launch-command" tabIndex={0}>
        <code>{launchScript(launch)}</code>
      </pre>
    </>
  );
}
