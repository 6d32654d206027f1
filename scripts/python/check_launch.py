"""Loads exported launch configs with the parsers that will read them and prints what they say.

Usage: python check_launch.py DIR...  (each DIR may hold accelerate_config.yaml and ds_config.json)
The accelerate config goes through accelerate's own loader (the one `accelerate launch
--config_file` uses); the DeepSpeed file through json. One JSON line per directory.
"""

import json
import sys
from pathlib import Path

from accelerate.commands.config.config_args import load_config_from_file

for directory in map(Path, sys.argv[1:]):
    summary = {"dir": str(directory)}
    accelerate_file = directory / "accelerate_config.yaml"
    if accelerate_file.exists():
        config = load_config_from_file(str(accelerate_file))
        summary["distributedType"] = str(getattr(config.distributed_type, "value", config.distributed_type))
        summary["numProcesses"] = config.num_processes
        summary["mixedPrecision"] = str(getattr(config.mixed_precision, "value", config.mixed_precision))
        fsdp = config.fsdp_config or {}
        if fsdp:
            summary["fsdpVersion"] = fsdp.get("fsdp_version")
            summary["fsdpOffloadParams"] = fsdp.get("fsdp_offload_params")
        deepspeed = config.deepspeed_config or {}
        if deepspeed:
            summary["deepspeedFile"] = deepspeed.get("deepspeed_config_file")
    ds_file = directory / "ds_config.json"
    if ds_file.exists():
        zero = json.loads(ds_file.read_text())["zero_optimization"]
        summary["zeroStage"] = zero["stage"]
        summary["offloadOptimizer"] = "offload_optimizer" in zero
        summary["offloadParams"] = "offload_param" in zero
    print("TUNEWISE_LAUNCH " + json.dumps(summary), flush=True)
