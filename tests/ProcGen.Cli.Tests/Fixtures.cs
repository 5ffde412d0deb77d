namespace ProcGen.Cli.Tests;

/// <summary>File contents in the kernel's formats (proc(5), fs/proc/meminfo.c, fs/proc/array.c).</summary>
internal static class Fixtures
{
    /// <summary>
    /// A 6.x kernel's meminfo. MemTotal is 8041396 kB = 8234389504 bytes. <c>FutureKey</c> stands for a key a newer
    /// kernel adds: no declaration can know it, so it must land in <c>Other</c>.
    /// </summary>
    public const string Meminfo = """
        MemTotal:        8041396 kB
        MemFree:          391548 kB
        MemAvailable:    4960264 kB
        Buffers:          295080 kB
        Cached:          4259808 kB
        SwapCached:          152 kB
        Active:          4433876 kB
        Inactive:        2540816 kB
        Active(anon):    2327212 kB
        Inactive(anon):   319716 kB
        Active(file):    2106664 kB
        Inactive(file):  2221100 kB
        Unevictable:           0 kB
        Mlocked:               0 kB
        SwapTotal:       2097148 kB
        SwapFree:        2096628 kB
        Zswap:                 0 kB
        Zswapped:              0 kB
        Dirty:               292 kB
        Writeback:             0 kB
        AnonPages:       2418892 kB
        Mapped:           892212 kB
        Shmem:            227428 kB
        KReclaimable:     325708 kB
        Slab:             441092 kB
        SReclaimable:     325708 kB
        SUnreclaim:       115384 kB
        KernelStack:       14048 kB
        PageTables:        43452 kB
        SecPageTables:         0 kB
        NFS_Unstable:          0 kB
        Bounce:                0 kB
        WritebackTmp:          0 kB
        CommitLimit:     6117844 kB
        Committed_AS:   10343268 kB
        VmallocTotal:   34359738367 kB
        VmallocUsed:       61548 kB
        VmallocChunk:          0 kB
        Percpu:             3456 kB
        HardwareCorrupted:     0 kB
        AnonHugePages:         0 kB
        ShmemHugePages:        0 kB
        ShmemPmdMapped:        0 kB
        FileHugePages:         0 kB
        FilePmdMapped:         0 kB
        FutureKey:             3 kB
        HugePages_Total:       0
        HugePages_Free:        0
        HugePages_Rsvd:        0
        HugePages_Surp:        0
        Hugepagesize:       2048 kB
        Hugetlb:               0 kB
        DirectMap4k:      262144 kB
        DirectMap2M:     8126464 kB

        """;

    /// <summary>
    /// 52 fields: pid, (comm) with a blank and a ')' inside, state, then the numbers of proc(5) up to exit_code.
    /// </summary>
    public const string Stat42 =
        "42 (my) prog) S 1 42 42 0 -1 4194560 1000 0 2 0 12 3 0 0 20 0 1 0 12345 10485760 500 18446744073709551615 "
        + "1 1 0 0 0 0 0 4096 0 0 0 0 17 1 0 0 0 0 0 94000000000000 94000000001000 94000000002000 "
        + "140000000000000 140000000000100 140000000000100 140000000000200 0\n";

    public const string Status42 = """
        Name:	my prog
        Umask:	0022
        State:	S (sleeping)
        Tgid:	42
        Ngid:	0
        Pid:	42
        PPid:	1
        TracerPid:	0
        Uid:	1000	1001	1002	1003
        Gid:	100	100	100	100
        FDSize:	64
        Groups:	4 24 27
        NStgid:	42
        NSpid:	42
        NSpgid:	42
        NSsid:	42
        VmPeak:	   10240 kB
        VmSize:	   10240 kB
        VmLck:	       0 kB
        VmPin:	       0 kB
        VmHWM:	    2000 kB
        VmRSS:	    2000 kB
        RssAnon:	    1000 kB
        RssFile:	    1000 kB
        RssShmem:	       0 kB
        VmData:	     500 kB
        VmStk:	     132 kB
        VmExe:	     100 kB
        VmLib:	    1500 kB
        VmPTE:	      40 kB
        VmSwap:	       0 kB
        HugetlbPages:	       0 kB
        CoreDumping:	0
        THP_enabled:	1
        Threads:	1
        SigQ:	0/31204
        SigPnd:	0000000000000000
        ShdPnd:	0000000000000000
        SigBlk:	0000000000000000
        SigIgn:	0000000000001000
        SigCgt:	0000000000004a02
        CapInh:	0000000000000000
        CapPrm:	0000000000000000
        CapEff:	0000000000000000
        CapBnd:	000001ffffffffff
        CapAmb:	0000000000000000
        NoNewPrivs:	0
        Seccomp:	0
        Seccomp_filters:	0
        Speculation_Store_Bypass:	thread vulnerable
        Cpus_allowed:	f
        Cpus_allowed_list:	0-3
        Mems_allowed:	1
        Mems_allowed_list:	0
        voluntary_ctxt_switches:	150
        nonvoluntary_ctxt_switches:	5

        """;
}
