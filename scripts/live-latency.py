#!/usr/bin/env python3
# The time from a save of a model file to another `keten edit` of it
# showing the change, end to end in a real terminal (tmux); the save is a
# new file renamed over the old one, as keten saves:
#   python3 scripts/live-latency.py target/debug/keten models/veilige-wijk.yaml 20
import os, shutil, subprocess, sys, tempfile, time
keten = os.path.abspath(sys.argv[1])
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 20
path = os.path.join(tempfile.mkdtemp(), "m.yaml")
shutil.copy(sys.argv[2], path)
tmux = ["tmux", "-L", "livefig"]
subprocess.run(tmux + ["new-session", "-d", "-s", "b", "-x", "140", "-y", "40",
                       f"{keten} edit --as Bert {path}"], check=True)
time.sleep(1.0)
base = open(path).read()
times = []
for k in range(runs):
    name = f"Werksessie {k}"
    text = base.replace("name: Persoonsgerichte aanpak overlast De Kolk", f"name: {name}", 1)
    tmp = path + ".tmp"
    open(tmp, "w").write(text)
    start = time.monotonic()
    os.rename(tmp, path)
    while True:
        out = subprocess.run(tmux + ["capture-pane", "-p", "-t", "b"], capture_output=True, text=True).stdout
        if name in out:
            break
        if time.monotonic() - start > 10:
            print("never shown", file=sys.stderr); break
    times.append((time.monotonic() - start) * 1000)
    time.sleep(0.2)
subprocess.run(tmux + ["kill-server"])
times.sort()
print(f"runs {runs}: median {times[len(times)//2]:.0f} ms, max {times[-1]:.0f} ms, min {times[0]:.0f} ms")
