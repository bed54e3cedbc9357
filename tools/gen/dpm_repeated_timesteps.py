"""What diffusers does where DPM++ 2M's schedule repeats a timestep (issue 13, docs/ROBUSTNESS.md).

    python3 tools/gen/dpm_repeated_timesteps.py          # needs torch and diffusers

With SD 1.5's noise schedule (tests/data/tiny-sd's scheduler config), DPMSolverMultistepScheduler
at 1000 "linspace" steps holds timestep 500 twice, and with lambda_min_clipped 0 at 600 steps it
holds many timesteps several times. Stepping random latents with random model outputs, the latents
become Inf at the repeated timestep (diffusers 0.42.1: step 500, and step 2). "trailing" spacing
repeats none and stays finite. sd_single.h refuses the repeating schedules before any work.
"""
import json, os
import numpy as np
import torch
from diffusers import DPMSolverMultistepScheduler

config = json.load(open(os.path.join(os.path.dirname(__file__), "../../tests/data/tiny-sd/scheduler/scheduler_config.json")))
for extra, steps in (({"timestep_spacing": "linspace"}, 1000), ({"timestep_spacing": "linspace", "lambda_min_clipped": 0.0}, 600),
                     ({"timestep_spacing": "trailing"}, 1000)):
    sched = DPMSolverMultistepScheduler.from_config(config, **extra)
    sched.set_timesteps(steps)
    ts = sched.timesteps.numpy()
    g = torch.Generator().manual_seed(0)
    x = torch.randn(1, 4, 8, 8, generator=g)
    first_bad = None
    for i, t in enumerate(sched.timesteps):
        x = sched.step(torch.randn(1, 4, 8, 8, generator=g), t, x).prev_sample
        if first_bad is None and not torch.isfinite(x).all():
            first_bad = (i, int(t))
    print(f"{extra} {steps} steps: {len(ts) - len(np.unique(ts))} repeated timesteps; "
          f"first non-finite latents: {'none' if first_bad is None else 'step %d (timestep %d)' % first_bad}")
