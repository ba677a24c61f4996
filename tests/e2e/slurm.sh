# Shards on a real Slurm cluster. Starts a one-node cluster of its own (munged,
# slurmctld and slurmd as root, their key, configuration, state and logs in a
# temporary folder, on free ports, each daemon killed if this script dies),
# runs scripts/slurm/submit on a generated corpus split four ways and compares
# the merged network with one build, byte for byte; a failing shard cancels
# the merge and submit names it. Stops its daemons (by their pids) on any exit.
# Skips (77), saying why, when not root, when Slurm or munge is not installed,
# or when a daemon cannot start.
. "$(dirname "$0")/lib.sh"
PATH=$PATH:/usr/sbin:/sbin
skip() { echo "skipped: $*"; exit 77; }
[ "$(id -u)" = 0 ] || skip "starting munged, slurmctld and slurmd needs root"
for c in munged munge unmunge slurmctld slurmd sbatch squeue sinfo scontrol scancel setpriv; do
  command -v "$c" >/dev/null ||
    skip "'$c' is missing (Debian: apt-get install munge slurmctld slurmd slurm-client util-linux)"
done
# a Slurm job running this test must not pass its own job to our cluster
for v in $(compgen -v SLURM_); do unset "$v"; done

C=$TMP/cluster
mkdir -p "$C/state" "$C/spool"
# munged wants its socket's folder searchable by all
chmod 755 "$TMP" "$C"
name=erg$$
node=${name}node

# The daemons run in the foreground as children of this shell, under
# setpriv --pdeathsig KILL so that they die with it even if it is killed.
pids=() names=()
start() {
  local what=$1
  shift
  setpriv --pdeathsig KILL "$@" >"$C/$what.log" 2>&1 &
  pids+=($!)
  names+=("$what")
}

# running PID: PID is a live process (not a zombie waiting for us).
running() {
  local st
  st=$(ps -o stat= -p "$1" 2>/dev/null)
  [ -n "$st" ] && [ "${st#Z}" = "$st" ]
}

stop_cluster() {
  local i pid end
  if [ ${#pids[@]} -eq 3 ] && running "${pids[1]}"; then
    # only this cluster's partition: nothing of another cluster is touched
    scancel --partition="$name" >/dev/null 2>&1
    end=$((SECONDS + 60))
    while [ -n "$(squeue -h -p "$name" -o %i 2>/dev/null)" ] && [ "$SECONDS" -lt "$end" ]; do
      sleep 0.5
    done
  fi
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    pid=${pids[$i]}
    kill -TERM "$pid" 2>/dev/null
    end=$((SECONDS + 30))
    while running "$pid" && [ "$SECONDS" -lt "$end" ]; do sleep 0.2; done
    running "$pid" && kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  pids=()
}
trap 'stop_cluster; rm -rf "$TMP"' EXIT
trap 'exit 1' INT TERM HUP

# wait_until WHAT CMD...: polls CMD until it succeeds, skipping the test when
# a daemon has died or after 180 s (a bound for a cold machine).
wait_until() {
  local what=$1 end=$((SECONDS + 180)) i
  shift
  until "$@" >/dev/null 2>&1; do
    for i in "${!pids[@]}"; do
      running "${pids[$i]}" ||
        skip "${names[$i]} exited while starting: $(grep -v '^ *$' "$C/${names[$i]}.log" | tail -n 3 | tr '\n' ' ')"
    done
    [ "$SECONDS" -lt "$end" ] || skip "$what after 180 s"
    sleep 0.5
  done
}

# munge: a key of our own, its socket in our folder
head -c 1024 /dev/urandom >"$C/munge.key"
chmod 400 "$C/munge.key"
start munged munged -F --socket="$C/munge.sock" --key-file="$C/munge.key" --pid-file="$C/munged.pid" \
  --seed-file="$C/munged.seed" --log-file="$C/munged.file.log"
munge_ok() { munge -n -S "$C/munge.sock" | unmunge -S "$C/munge.sock"; }
wait_until "munged did not answer" munge_ok

# Two ports free now; another program may take one before slurmctld or
# slurmd binds it, and then that daemon exits and the test skips, saying so.
read -r ctld_port slurmd_port < <("$PY" -c '
import socket
s = [socket.socket() for _ in range(2)]
for x in s:
    x.bind(("127.0.0.1", 0))
print(*(x.getsockname()[1] for x in s))')
# No accounting, no cgroups, no MPI: a controller and a node that run shell
# jobs. SlurmdParameters=config_overrides: the CPUs stated win over the
# hardware, which is never drained for a mismatch.
cat >"$C/slurm.conf" <<EOF
ClusterName=$name
SlurmctldHost=$(uname -n | cut -d. -f1)(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$C/munge.sock
StateSaveLocation=$C/state
SlurmdSpoolDir=$C/spool
SlurmctldPidFile=$C/slurmctld.pid
SlurmdPidFile=$C/slurmd.pid
SlurmctldLogFile=$C/slurmctld.file.log
SlurmdLogFile=$C/slurmd.file.log
MailProg=/bin/true
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
SlurmdParameters=config_overrides
NodeName=$node NodeHostname=localhost NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=$name Nodes=$node Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF=$C/slurm.conf
start slurmctld slurmctld -D -f "$C/slurm.conf"
start slurmd slurmd -D -f "$C/slurm.conf" -N "$node"
node_idle() { [ "$(sinfo -h -n "$node" -o %T)" = idle ]; }
wait_until "the node was not idle" node_idle

# The corpus: 400 generated articles in 16 JSON Lines files with their
# gazetteer, and the sample's nine .txt articles: four shards of 6 or 7 inputs.
cd "$TMP" || exit 1
run "$PY" "$SRC/scripts/gen-corpus" --out gen --seed 19 --articles 400 --entities 200 \
  --format jsonl --per-dir 25
expect_status 0
{ find gen/corpus -name '*.jsonl' | sort; printf '%s\n' "$SRC"/data/corpus/*.txt; } >inputs.txt
mapfile -t inputs <inputs.txt
copts=(--window paragraph --gazetteer gen/gazetteer.json) mopts=(--weight pmi --min-count 2)
# timeout: a bound for a job that would never run, not a measure
submit=(timeout 600 "$SRC/scripts/slurm/submit" --ergraph "$ERGRAPH")

run "${submit[@]}" -n 4 -c "${copts[*]}" -m "${mopts[*]}" --wait inputs.txt -o slurm.json
expect_status 0
expect_out_has "submit: ${#inputs[@]} inputs in 4 shards: count job "
expect_out_has "submit: wrote slurm.json"
run "$ERGRAPH" build "${copts[@]}" "${mopts[@]}" "${inputs[@]}" -o built.json
expect_status 0
if cmp -s slurm.json built.json; then ok; else
  bad "the network of the Slurm jobs differs from build: $(diff <(tr ',' '\n' <built.json) <(tr ',' '\n' <slurm.json) | head -5)"
fi
py "four shards of consecutive inputs, counted by four tasks" '
import json, os
inputs = [os.path.basename(l) for l in open("inputs.txt").read().split()]
parts = [json.loads(open("slurm.shards/part-%d.part" % i).readline())["inputs"] for i in range(4)]
assert all(len(p) in (6, 7) for p in parts), [len(p) for p in parts]
assert sum(parts, []) == inputs, parts
g = json.load(open("slurm.json"))
assert g["graph"]["articles"] == 400 + 9 and len(g["links"]) > 100, (g["graph"]["articles"], len(g["links"]))
'

# A shard that fails (a missing input in the third) cancels the merge; submit
# names the task and its log, and no network is written.
sed '15i gen/missing.jsonl' inputs.txt >broken.txt
run "${submit[@]}" -n 4 -c "${copts[*]}" --wait broken.txt -o broken.json
expect_status 1
expect_err_has "submit: count task 2: FAILED (NonZeroExitCode, exit 1:0); broken.shards/count-2.log ends: ergraph: cannot open 'gen/missing.jsonl': No such file or directory"
expect_err_has "(DependencyNeverSatisfied)"
check "no network after a failed shard" test ! -e broken.json
check "the other shards were counted" test -s broken.shards/part-3.part

# usage errors, before anything is queued
run "${submit[@]}" -o x.json
expect_status 2
expect_err_has "submit: no LIST of inputs given"
run "${submit[@]}" nope.txt -o x.json
expect_status 1
expect_err "submit: cannot read 'nope.txt'"
run "${submit[@]}" -n 0 inputs.txt -o x.json
expect_status 2
expect_err_has "submit: --shards needs a count from 1 to 9999, not '0'"
: >empty.txt
run "${submit[@]}" empty.txt -o x.json
expect_status 1
expect_err "submit: 'empty.txt' names no input"

finish
