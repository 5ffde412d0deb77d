using System.Globalization;
using System.Text;

namespace ProcGen.Cli.Tests;

/// <summary>
/// A small proc root for the process commands: init (1), kthreadd (2), a login shell (42, session leader in
/// the foreground of pts/0) with a zombie child (43) and a three-threaded helper (44), and an uptime of 1000 s.
/// </summary>
internal static class ProcessFixtureRoot
{
    public static FixtureRoot Create()
    {
        var root = new FixtureRoot().Write("uptime", "1000.00 1500.00\n");
        Process(root, 1, "init", 'S', ppid: 0, tty: 0, tpgid: -1, flags: 0x400100, threads: 1, start: 10, rssPages: 300, uid: 0,
            argv: ["/sbin/init", "splash"], exe: "/usr/lib/systemd/systemd");
        Process(root, 2, "kthreadd", 'S', ppid: 0, tty: 0, tpgid: -1, flags: 0x208040, threads: 1, start: 10, rssPages: 0, uid: 0,
            argv: null, exe: null);
        Process(root, 42, "bash", 'S', ppid: 1, tty: 34816, tpgid: 42, flags: 0x400100, threads: 1, start: 40000, rssPages: 1000, uid: 0,
            argv: ["-bash"], exe: "/usr/bin/bash", environ: "TERM=xterm\0FOO=1\0BAR=x=y\0");
        Process(root, 43, "worker", 'Z', ppid: 42, tty: 34816, tpgid: 42, flags: 0x400100, threads: 1, start: 50000, rssPages: 0, uid: 0,
            argv: null, exe: null, sid: 42, pgrp: 42);
        Process(root, 44, "helper", 'R', ppid: 42, tty: 0, tpgid: -1, flags: 0x400100, threads: 3, start: 99000, rssPages: 500, uid: 4000000,
            argv: ["/usr/bin/helper", "--fast"], exe: "/usr/bin/helper", environ: "FOO=2\0", sid: 42, pgrp: 44);
        return root;
    }

    private static void Process(FixtureRoot root, int pid, string comm, char state, int ppid, int tty, int tpgid, uint flags, int threads,
        long start, long rssPages, uint uid, string[]? argv, string? exe, string? environ = null, int sid = -1, int pgrp = -1)
    {
        var invariant = CultureInfo.InvariantCulture;
        sid = sid < 0 ? pid : sid;
        pgrp = pgrp < 0 ? pid : pgrp;
        root.Write($"{pid}/stat", string.Create(invariant,
            $"{pid} ({comm}) {state} {ppid} {pgrp} {sid} {tty} {tpgid} {flags} 1 0 0 0 150 50 0 0 20 0 {threads} 0 {start} 4096000 {rssPages} ")
            + "18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n");
        root.Write($"{pid}/status", string.Create(invariant,
            $"Name:\t{comm}\nState:\t{state} (x)\nTgid:\t{pid}\nPid:\t{pid}\nPPid:\t{ppid}\nTracerPid:\t0\nUid:\t{uid}\t{uid}\t{uid}\t{uid}\n")
            + "Gid:\t0\t0\t0\t0\nFDSize:\t64\nGroups:\t\nThreads:\t1\nSigQ:\t0/1\nSigPnd:\t0\nShdPnd:\t0\nSigBlk:\t0\nSigIgn:\t0\nSigCgt:\t0\n"
            + "CapInh:\t0\nCapPrm:\t0\nCapEff:\t0\nCpus_allowed:\t3\nCpus_allowed_list:\t0-1\nvoluntary_ctxt_switches:\t1\nnonvoluntary_ctxt_switches:\t1\n");
        root.Write($"{pid}/cmdline", argv is null ? string.Empty : string.Join('\0', argv) + "\0");
        if (environ is not null) root.Write($"{pid}/environ", environ);
        if (exe is not null) root.Link($"{pid}/exe", exe);
    }
}
