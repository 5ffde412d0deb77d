using System;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>meminfo, vmstat, loadavg, uptime, version, cmdline.</summary>
public class SystemFileTests
{
    [Fact]
    public void Meminfo_from_fixture_every_key_in_bytes()
    {
        var m = Fixtures.Fs().Meminfo();

        Assert.Equal(24683620UL * 1024, m.MemTotal);
        Assert.Equal(24036828UL * 1024, m.MemFree);
        Assert.Equal(24140316UL * 1024, m.MemAvailable);
        Assert.Equal(1828UL * 1024, m.Buffers);
        Assert.Equal(391340UL * 1024, m.Cached);
        Assert.Equal(0UL, m.SwapCached);
        Assert.Equal(230940UL * 1024, m.Active);
        Assert.Equal(302028UL * 1024, m.Inactive);
        Assert.Equal(10432UL * 1024, m.ActiveAnon);
        Assert.Equal(227552UL * 1024, m.InactiveAnon);
        Assert.Equal(220508UL * 1024, m.ActiveFile);
        Assert.Equal(74476UL * 1024, m.InactiveFile);
        Assert.Equal(13900UL * 1024, m.Unevictable);
        Assert.Equal(12976UL * 1024, m.Mlocked);
        Assert.Equal(0UL, m.SwapTotal);
        Assert.Equal(0UL, m.SwapFree);
        Assert.Equal(0UL, m.Zswap);
        Assert.Equal(0UL, m.Zswapped);
        Assert.Equal(608UL * 1024, m.Dirty);
        Assert.Equal(0UL, m.Writeback);
        Assert.Equal(153860UL * 1024, m.AnonPages);
        Assert.Equal(214508UL * 1024, m.Mapped);
        Assert.Equal(98184UL * 1024, m.Shmem);
        Assert.Equal(27072UL * 1024, m.KReclaimable);
        Assert.Equal(49216UL * 1024, m.Slab);
        Assert.Equal(27072UL * 1024, m.SReclaimable);
        Assert.Equal(22144UL * 1024, m.SUnreclaim);
        Assert.Equal(2388UL * 1024, m.KernelStack);
        Assert.Equal(3732UL * 1024, m.PageTables);
        Assert.Equal(0UL, m.SecPageTables);
        Assert.Equal(0UL, m.NfsUnstable);
        Assert.Equal(0UL, m.Bounce);
        Assert.Equal(0UL, m.WritebackTmp);
        Assert.Equal(12341808UL * 1024, m.CommitLimit);
        Assert.Equal(695460UL * 1024, m.CommittedAs);
        Assert.Equal(34359738367UL * 1024, m.VmallocTotal);
        Assert.Equal(15164UL * 1024, m.VmallocUsed);
        Assert.Equal(0UL, m.VmallocChunk);
        Assert.Equal(664UL * 1024, m.Percpu);
        Assert.Equal(0UL, m.AnonHugePages);
        Assert.Equal(0UL, m.ShmemHugePages);
        Assert.Equal(0UL, m.ShmemPmdMapped);
        Assert.Equal(0UL, m.FileHugePages);
        Assert.Equal(0UL, m.FilePmdMapped);
        Assert.Equal(0UL, m.Balloon);
        Assert.Equal(0UL, m.HugePagesTotal);
        Assert.Equal(0UL, m.HugePagesFree);
        Assert.Equal(0UL, m.HugePagesReserved);
        Assert.Equal(0UL, m.HugePagesSurplus);
        Assert.Equal(2048UL * 1024, m.HugePageSize);
        Assert.Equal(0UL, m.Hugetlb);
        Assert.Equal(28672UL * 1024, m.DirectMap4k);
        Assert.Equal(25137152UL * 1024, m.DirectMap2M);
        // Lines this x86-64 configuration does not print.
        Assert.Null(m.HighTotal);
        Assert.Null(m.MmapCopy);
        Assert.Null(m.ShadowCallStack);
        Assert.Null(m.HardwareCorrupted);
        Assert.Null(m.CmaTotal);
        Assert.Null(m.Unaccepted);
        Assert.Null(m.DirectMap4M);
        Assert.Null(m.DirectMap1G);
        // Every key of this kernel is declared.
        Assert.Empty(m.Other);
    }

    private const string OldMeminfo =
        "MemTotal:        2048000 kB\n" +
        "MemFree:          512000 kB\n" +
        "Buffers:           10000 kB\n" +
        "Cached:           300000 kB\n" +
        "SwapCached:            0 kB\n" +
        "Active:           400000 kB\n" +
        "Inactive:         200000 kB\n" +
        "Active(anon):     300000 kB\n" +
        "Inactive(anon):    50000 kB\n" +
        "Active(file):     100000 kB\n" +
        "Inactive(file):   150000 kB\n" +
        "Unevictable:           0 kB\n" +
        "Mlocked:               0 kB\n" +
        "SwapTotal:       1000000 kB\n" +
        "SwapFree:        1000000 kB\n" +
        "Dirty:                12 kB\n" +
        "Writeback:             0 kB\n" +
        "AnonPages:        280000 kB\n" +
        "Mapped:            40000 kB\n" +
        "Slab:              60000 kB\n" +
        "SReclaimable:      40000 kB\n" +
        "SUnreclaim:        20000 kB\n" +
        "KernelStack:        2000 kB\n" +
        "PageTables:         9000 kB\n" +
        "NFS_Unstable:          0 kB\n" +
        "Bounce:                0 kB\n" +
        "WritebackTmp:          0 kB\n" +
        "CommitLimit:     2024000 kB\n" +
        "Committed_AS:     900000 kB\n" +
        "VmallocTotal:   34359738367 kB\n" +
        "VmallocUsed:       30000 kB\n" +
        "VmallocChunk:   34359700000 kB\n";

    [Fact]
    public void Meminfo_of_an_older_kernel_leaves_newer_keys_null()
    {
        var m = Meminfo.Parse(Fixtures.Bytes(OldMeminfo));

        Assert.Equal(2048000UL * 1024, m.MemTotal);
        Assert.Equal(34359700000UL * 1024, m.VmallocChunk);
        Assert.Null(m.MemAvailable);
        Assert.Null(m.Shmem);
        Assert.Null(m.KReclaimable);
        Assert.Null(m.Percpu);
        Assert.Null(m.HugePagesTotal);
        Assert.Null(m.HugePageSize);
        Assert.Empty(m.Other);
    }

    [Fact]
    public void Meminfo_unknown_keys_land_in_Other_in_bytes_or_as_counts()
    {
        var m = Meminfo.Parse(Fixtures.Bytes(OldMeminfo + "GPUActive:          12 kB\nNewCounter:        7\n"));

        Assert.Equal(2, m.Other.Count);
        Assert.Equal(12UL * 1024, m.Other["GPUActive"]);
        Assert.Equal(7UL, m.Other["NewCounter"]);
    }

    [Fact]
    public void Meminfo_CRLF_and_missing_final_newline()
    {
        var crlf = Meminfo.Parse(Fixtures.Bytes(OldMeminfo.Replace("\n", "\r\n")));
        var unterminated = Meminfo.Parse(Fixtures.Bytes(OldMeminfo.TrimEnd('\n')));

        Assert.Equal(34359700000UL * 1024, crlf.VmallocChunk);
        Assert.Equal(2048000UL * 1024, crlf.MemTotal);
        Assert.Equal(34359700000UL * 1024, unterminated.VmallocChunk);
    }

    [Fact]
    public void Meminfo_errors_point_at_the_offending_field()
    {
        ParseAssert.Fails(u => Meminfo.Parse(u), "", line: 1, column: 1, mentions: "MemTotal");
        // Truncated: the unit is missing after the number.
        ParseAssert.Fails(u => Meminfo.Parse(u), "MemTotal:        2048000\n", line: 1, column: "MemTotal:        2048000".Length + 1, mentions: "MemTotal");
        // 2^64 kB is not a ulong.
        var overflow = OldMeminfo.Replace("Dirty:                12 kB", "Dirty:                18446744073709551616 kB");
        ParseAssert.Fails(u => Meminfo.Parse(u), overflow, line: 16, column: "Dirty:                ".Length + 1, mentions: "Dirty");
        // A catch-all value must be a number too.
        ParseAssert.Fails(u => Meminfo.Parse(u), OldMeminfo + "Weird:   lots\n", line: 33, column: "Weird:   ".Length + 1, mentions: "Other");
        // A required key removed: reported at the end, naming it.
        var noSlab = OldMeminfo.Replace("Slab:              60000 kB\n", "");
        ParseAssert.Fails(u => Meminfo.Parse(u), noSlab, line: 32, column: 1, mentions: "Slab");
    }

    [Fact]
    public void Vmstat_from_fixture()
    {
        var v = Fixtures.Fs().Vmstat();

        Assert.Equal(877107UL, v.NrFreePages);
        Assert.Equal(57013UL, v.NrInactiveAnon);
        Assert.Equal(2608UL, v.NrActiveAnon);
        Assert.Equal(18619UL, v.NrInactiveFile);
        Assert.Equal(55127UL, v.NrActiveFile);
        Assert.Equal(3475UL, v.NrUnevictable);
        Assert.Equal(3244UL, v.NrMlock);
        Assert.Equal(38590UL, v.NrAnonPages);
        Assert.Equal(53627UL, v.NrMapped);
        Assert.Equal(98317UL, v.NrFilePages);
        Assert.Equal(152UL, v.NrDirty);
        Assert.Equal(0UL, v.NrWriteback);
        Assert.Equal(24546UL, v.NrShmem);
        Assert.Equal(6768UL, v.NrSlabReclaimable);
        Assert.Equal(5536UL, v.NrSlabUnreclaimable);
        Assert.Equal(933UL, v.NrPageTablePages);
        Assert.Equal(2388UL, v.NrKernelStack);
        Assert.Equal(0UL, v.NrSwapCached);
        Assert.Equal(264259UL, v.NrDirtied);
        Assert.Equal(240773UL, v.NrWritten);
        Assert.Equal(1303593UL, v.PgPgIn);
        Assert.Equal(961036UL, v.PgPgOut);
        Assert.Equal(0UL, v.PSwpIn);
        Assert.Equal(0UL, v.PSwpOut);
        Assert.Equal(4263358UL, v.PgFree);
        Assert.Equal(314772UL, v.PgActivate);
        Assert.Equal(0UL, v.PgDeactivate);
        Assert.Equal(3359587UL, v.PgFault);
        Assert.Equal(1639UL, v.PgMajFault);
        Assert.Equal(0UL, v.OomKill);
        // 192 lines, 30 of them properties.
        Assert.Equal(162, v.Other.Count);
        Assert.Equal(859136UL, v.Other["nr_free_pages_blocks"]);
        Assert.Equal(3055746UL, v.Other["numa_hit"]);
        Assert.Equal(0UL, v.Other["nr_unstable"]);
        Assert.False(v.Other.ContainsKey("pgfault"));
    }

    [Fact]
    public void Vmstat_separator_is_a_run_of_blanks_and_errors_are_located()
    {
        const string text = "nr_free_pages 10\npgpgin\t20\npgpgout   30\npswpin 0\npswpout 0\npgfault 5\npgmajfault 1\n";
        var v = Vmstat.Parse(Fixtures.Bytes(text));
        Assert.Equal(20UL, v.PgPgIn);
        Assert.Equal(30UL, v.PgPgOut);
        Assert.Null(v.OomKill);
        Assert.Empty(v.Other);

        ParseAssert.Fails(u => Vmstat.Parse(u), text.Replace("pgfault 5", "pgfault -5"), line: 6, column: "pgfault ".Length + 1, mentions: "PgFault");
        ParseAssert.Fails(u => Vmstat.Parse(u), text + "numa_hit 1x\n", line: 8, column: "numa_hit ".Length + 1, mentions: "Other");
    }

    [Fact]
    public void Loadavg_from_fixture()
    {
        var l = Fixtures.Fs().Loadavg();

        Assert.Equal(1.29, l.Load1);
        Assert.Equal(0.73, l.Load5);
        Assert.Equal(0.37, l.Load15);
        Assert.Equal(new SlashPair(7, 149), l.RunnableAndTotal);
        Assert.Equal(7UL, l.Runnable);
        Assert.Equal(149UL, l.Total);
        Assert.Equal(7453, l.LastPid);
    }

    [Fact]
    public void Loadavg_errors()
    {
        ParseAssert.Fails(u => Loadavg.Parse(u), "0.00 0.01 0.05 1-77 123\n", line: 1, column: 16, mentions: "RunnableAndTotal");
        ParseAssert.Fails(u => Loadavg.Parse(u), "0.00 0.01 0.05 1/77\n", line: 1, column: 20, mentions: "LastPid");
        ParseAssert.Fails(u => Loadavg.Parse(u), "0.00 x 0.05 1/77 5\n", line: 1, column: 6, mentions: "Load5");
    }

    [Fact]
    public void Uptime_from_fixture_with_TimeSpan_helpers()
    {
        var u = Fixtures.Fs().Uptime();

        Assert.Equal(3824.34, u.UpSeconds);
        Assert.Equal(7297.81, u.IdleSeconds);
        Assert.Equal(TimeSpan.FromSeconds(3824.34), u.Up);
        Assert.Equal(TimeSpan.FromSeconds(7297.81), u.Idle);
        Assert.Equal(1, u.Up.Hours);
    }

    [Fact]
    public void Uptime_errors()
    {
        ParseAssert.Fails(u => Uptime.Parse(u), "", line: 1, column: 1, mentions: "line");
        ParseAssert.Fails(u => Uptime.Parse(u), "3824.34\n", line: 1, column: 8, mentions: "IdleSeconds");
    }

    [Fact]
    public void Version_from_fixture()
    {
        var version = Fixtures.Fs().KernelVersion();

        Assert.Equal("Linux version 6.18.44-fc-v769 (builder@sandboxing) (gcc (GCC) 15.3.0, GNU ld (GNU Binutils) 2.46) #1 SMP PREEMPT_DYNAMIC @0", version.Banner);
        Assert.Equal("6.18.44-fc-v769", version.Release);
        Assert.Equal("", KernelVersion.Parse(Fixtures.Bytes("something else\n")).Release);
    }

    [Fact]
    public void Kernel_command_line_from_fixture()
    {
        var cmdline = Fixtures.Fs().KernelCommandLine();

        Assert.StartsWith("mitigations=auto,no_guest_host,no_guest_guest console=ttyS0 quiet", cmdline.CommandLine);
        Assert.EndsWith("--auth-required", cmdline.CommandLine);
        Assert.Contains("psi=1", cmdline.Words);
        Assert.Equal(36, cmdline.Words.Length);
    }
}
