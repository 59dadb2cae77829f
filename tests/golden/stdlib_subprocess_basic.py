# subprocess: run with capture, shell, input, text, check, timeout, errors; call/check_call/check_output/getoutput; Popen.
import subprocess, sys
r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r, r.returncode, r.stdout)
r = subprocess.run("echo out; echo err >&2; exit 3", shell=True, capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)
print(subprocess.run(["cat"], input=b"piped data", capture_output=True).stdout)
print(subprocess.run(["tr", "a-z", "A-Z"], input="text mode\n", capture_output=True, text=True).stdout, end="")
print(subprocess.check_output(["printf", "a\\nb"]), subprocess.check_output("echo $((6*7))", shell=True, text=True))
print(subprocess.call(["true"]), subprocess.call(["false"]), subprocess.check_call(["true"]))
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e, e.returncode)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd, e.timeout <= 0.2)
try:
    subprocess.run(["/nonexistent/cmd"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
print(subprocess.getoutput("echo hi; exit 2"), subprocess.getstatusoutput("echo hi; exit 2"))
print(subprocess.run(["sh", "-c", "echo 1; echo 2 >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout, end="")
print(subprocess.run(["pwd"], cwd="/tmp", capture_output=True, text=True).stdout, end="")
print(subprocess.run(["sh", "-c", "echo $KRAIT_X"], env={"KRAIT_X": "from env", "PATH": "/usr/bin:/bin"}, capture_output=True, text=True).stdout, end="")
p = subprocess.Popen(["sh", "-c", "kill -9 $$"])
print(p.wait(), p.returncode)
try:
    subprocess.run(["sh", "-c", "kill -TERM $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.run(["echo", "x"], stdout=subprocess.DEVNULL).stdout)
