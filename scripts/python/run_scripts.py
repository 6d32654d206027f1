"""Runs several exported training scripts in one Python process, one after another.

Usage: python run_scripts.py JOBS.json, where JOBS.json is [{"dir", "script", "argv"}]. Each script
runs as `python script argv...` would: as __main__ in a fresh namespace (runpy.run_path), in its
own directory, with its own sys.argv; only the imported libraries are shared, which saves the
slow torch/transformers import per script. Its stdout and stderr go to DIR/stdout.txt and
DIR/stderr.txt and its exit status to DIR/status.txt (0, the SystemExit code, or 1 on an exception).
"""

import contextlib
import json
import os
import runpy
import sys
import time
import traceback
from pathlib import Path

# The libraries every export imports, loaded once.
import datasets  # noqa: F401
import peft  # noqa: F401
import sentence_transformers  # noqa: F401
import torch  # noqa: F401
import transformers  # noqa: F401
import trl  # noqa: F401

jobs = json.loads(Path(sys.argv[1]).read_text())
home = os.getcwd()
for job in jobs:
    directory = Path(job["dir"])
    status = 0
    started = time.time()
    with open(directory / "stdout.txt", "w") as out, open(directory / "stderr.txt", "w") as err:
        os.chdir(directory)
        sys.argv = [job["script"], *job["argv"]]
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                runpy.run_path(job["script"], run_name="__main__")
        except SystemExit as stop:
            status = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
            if stop.code not in (None, 0) and not isinstance(stop.code, int):
                err.write(f"{stop.code}\n")
        except BaseException:  # the script failed: record it and go on with the next one
            status = 1
            err.write(traceback.format_exc())
        finally:
            os.chdir(home)
    (directory / "status.txt").write_text(f"{status} {time.time() - started:.1f}\n")
    print(f"done {directory}", flush=True)
