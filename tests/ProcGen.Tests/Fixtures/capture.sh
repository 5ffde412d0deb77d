#!/bin/sh
# Captures a mini proc root for the spec tests: system files, and for each PID the per-process files the
# catalog declares. Regular files are copied with `cat` (most /proc files report size 0, so `cp` may copy
# nothing); links (exe, cwd, root, fd/N) are recreated with the same target, which is what the parsers read.
#
#   capture.sh ROOT_OUT [PID...]
#
# Files the kernel refuses (EACCES/EPERM) or does not have (exe of a kernel thread) are skipped with a note on
# stderr: a fixture holds what a reader with these privileges saw. REVIEW environ files before committing them:
# they may hold secrets. The proc root is /proc unless PROC is set.
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 ROOT_OUT [PID...]" >&2
    exit 2
fi
out=$1
shift
proc=${PROC:-/proc}

system_files="meminfo vmstat loadavg uptime version cmdline
    buddyinfo pagetypeinfo cgroups consoles devices diskstats dma execdomains filesystems interrupts iomem ioports key-users keys
    locks misc modules mtrr partitions slabinfo softirqs swaps vmallocinfo sysvipc/msg sysvipc/sem sysvipc/shm
    tty/drivers tty/ldiscs bus/pci/devices bus/input/handlers fb latency_stats timer_stats timer_list
    cpuinfo stat crypto pressure/cpu pressure/io pressure/memory pressure/irq"
# The network namespace of the capturing process: only the files the catalog declares (the spec tests fail for a
# captured file without a declaration).
net_files="snmp netstat tcp tcp6 udp udp6 udplite udplite6 raw raw6 icmp icmp6 unix dev route ipv6_route arp if_inet6
    sockstat sockstat6 protocols softnet_stat snmp6 stat/arp_cache stat/ndisc_cache stat/rt_cache stat/nf_conntrack
    packet netlink ptype dev_mcast psched rt6_stats xfrm_stat igmp6 anycast6 mcfilter mcfilter6 igmp netfilter/nf_log
    ip_tables_names ip6_tables_names arp_tables_names ip_tables_matches ip6_tables_matches arp_tables_matches
    ip_tables_targets ip6_tables_targets arp_tables_targets fib_trie fib_triestat rt_cache stat/synproxy connector pnp
    ipconfig/ntp_servers ip6_flowlabel wireless ip_mr_vif ip_mr_cache ip6_mr_vif ip6_mr_cache"
process_files="stat statm status io comm cmdline environ wchan oom_score oom_score_adj oom_adj loginuid sessionid personality coredump_filter
    maps smaps smaps_rollup mounts mountinfo limits cgroup numa_maps stack uid_map gid_map projid_map timens_offsets syscall autogroup schedstat
    cpuset setgroups timerslack_ns arch_status ksm_merging_pages ksm_stat auxv attr/current attr/prev attr/exec attr/fscreate attr/keycreate attr/sockcreate"
thread_files="stat children cpuset setgroups arch_status ksm_merging_pages ksm_stat"
# kallsyms is 5 MB on a current kernel: keep its first lines (and say so in KERNEL); every line is a whole row.
kallsyms_lines=${KALLSYMS_LINES:-3000}
process_links="exe cwd root"

copy_file() { # SOURCE DEST
    [ -e "$1" ] || { echo "skipped $1 (absent on this kernel)" >&2; return 0; }
    mkdir -p "$(dirname "$2")"
    # Read into a temporary first: a refused read must not leave an empty file that looks like real content.
    if cat "$1" > "$2.tmp" 2>/dev/null; then
        mv "$2.tmp" "$2"
    else
        rm -f "$2.tmp"
        echo "skipped $1 (unreadable)" >&2
    fi
}

copy_link() { # SOURCE DEST
    if target=$(readlink "$1" 2>/dev/null); then
        rm -f "$2"
        ln -s "$target" "$2"
    else
        echo "skipped $1 (unreadable link)" >&2
    fi
}

mkdir -p "$out"
uname -a > "$out/KERNEL"
for f in $system_files; do
    copy_file "$proc/$f" "$out/$f"
done
for f in $net_files; do
    copy_file "$proc/net/$f" "$out/net/$f"
done
# One file per interface with IPv6 enabled.
for f in "$proc"/net/dev_snmp6/*; do
    [ -e "$f" ] && copy_file "$f" "$out/net/dev_snmp6/$(basename "$f")"
done
# The interrupt lines' masks and counters: the default mask and every numbered directory's files.
copy_file "$proc/irq/default_smp_affinity" "$out/irq/default_smp_affinity"
for dir in "$proc"/irq/[0-9]*; do
    for f in smp_affinity smp_affinity_list effective_affinity effective_affinity_list affinity_hint node spurious; do
        copy_file "$dir/$f" "$out/irq/$(basename "$dir")/$f"
    done
done
if head -n "$kallsyms_lines" "$proc/kallsyms" > "$out/kallsyms.tmp" 2>/dev/null; then
    mv "$out/kallsyms.tmp" "$out/kallsyms"
    echo "kallsyms: first $kallsyms_lines lines of $(wc -l < "$proc/kallsyms")" >> "$out/KERNEL"
fi

for pid in "$@"; do
    dir="$out/$pid"
    mkdir -p "$dir"
    for f in $process_files; do
        copy_file "$proc/$pid/$f" "$dir/$f"
    done
    for f in $process_links; do
        copy_link "$proc/$pid/$f" "$dir/$f"
    done
    for tid in $(ls "$proc/$pid/task" 2>/dev/null); do
        for f in $thread_files; do
            copy_file "$proc/$pid/task/$tid/$f" "$dir/task/$tid/$f"
        done
    done
    if [ -r "$proc/$pid/fd" ] && ls "$proc/$pid/fd" >/dev/null 2>&1; then
        mkdir -p "$dir/fd"
        for fd in $(ls "$proc/$pid/fd"); do
            copy_link "$proc/$pid/fd/$fd" "$dir/fd/$fd"
        done
        # Git keeps no empty directories; better none than one that vanishes on checkout.
        rmdir "$dir/fd" 2>/dev/null || true
    else
        echo "skipped $proc/$pid/fd (unreadable directory)" >&2
    fi
done
