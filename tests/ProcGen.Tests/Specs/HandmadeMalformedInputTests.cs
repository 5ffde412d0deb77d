using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// <see cref="MalformedInputTests"/> for files the capture kernel lacks (or has empty) and that are declared from
/// hand-made content: the same promise, that a corrupted file fails only with a located
/// <see cref="ProcParseException"/>, checked on the inline samples of their tests. Seeded, so failures reproduce.
/// </summary>
public class HandmadeMalformedInputTests
{
    private static readonly byte[] s_interesting = " \t\n\r\0:()[]/-+=,0123456789abcdefxkKMBD\\"u8.ToArray();

    public static TheoryData<string, string> Samples() => new()
    {
        { "modules", ModulesTests.Modules },
        { "fs/xfs/stat", XfsTests.Kernel419 },
        { "driver/rtc", RealTimeClockTests.Cmos },
        { "fs/xfs/xqmstat", "qm 3 1 0 40 900 41\n" },
        { "fs/xfs/xqm", "0\t41\t0\t3\n" },
        { "mtrr", MtrrTests.Mtrr },
        { "fb", "0 EFI VGA\n1 amdgpudrmfb\n" },
        { "latency_stats", "Latency Top version : v0.1\n12 48213 9012 io_schedule folio_wait_bit_common\n3 1500 700 schedule_timeout nfs_wait_bit_killable [nfs]\n" },
        { "timer_stats", TimerStatsTests.Active },
        { "vmallocinfo", VmallocinfoTests.Handmade },
        { "sysvipc/msg", SysVIpcTests.Header("msg") + SysVIpcTests.MessageRows },
        { "sysvipc/sem", SysVIpcTests.Header("sem") + SysVIpcTests.SemaphoreRows },
        { "sysvipc/shm", SysVIpcTests.Header("shm") + SysVIpcTests.SharedMemoryRows },
        { "swaps", "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n/var/swap\\040file                       file\t\t1048572\t\t0\t\t-2\n" },
        { "cpuinfo", CpuinfoTests.Arm64 + "\n" + CpuinfoTests.S390x },
        { "stat", KernelStatisticsTests.SevenFields },
        { "crypto", PressureAndCryptoTests.Handmade },
        { "self/smaps", MemoryUsageTests.Handmade },
        { "bus/input/devices", DescriptorAndTimerTests.InputDevices },
        { "self/timers", "ID: 1\nsignal: 14/0000000000000000\nnotify: signal/pid.21063\nClockID: 0\nID: 0\nsignal: 34/00007ffd1c2a3b40\nnotify: thread/tid.4243\nClockID: 1\n" },
        { "self/fdinfo/3", "pos:\t0\nflags:\t02000002\nmnt_id:\t17\nino:\t1038\ntfd:        5 events: 80000019 data:     7fa000000005  pos:0 ino:ccd6 sdev:f\ninotify wd:2 ino:3c570 sdev:fe00000 mask:2 ignored_mask:0 fhandle-bytes:8 fhandle-type:1 f_handle:70c5030000000000\nlock:\t1: POSIX  ADVISORY  WRITE 4242 fe:00:11 0 EOF\n" },
        { "fs/nfsd/exports", "# Version 1.1\n# Path Client(Flags) # IPs\n/srv/my\\040share\t*(ro,root_squash,async,fsid=7,sec=1:6)\n" },
        { "bus/input/handlers", "N: Number=0 Name=rfkill\nN: Number=1 Name=sysrq (filter)\nN: Number=4 Name=evdev Minor=64\n" },
        { "net/fib_trie", NetRoutingTests.DeepTrie },
        { "net/fib_triestat", NetRoutingTests.TrieStatWithCounters },
        { "net/rt_cache", NetRoutingTests.RouteCacheHeader + "\n" + NetRoutingTests.RouteCacheRows },
        { "net/stat/synproxy", NetRoutingTests.Synproxy },
        { "net/wireless", NetRegistryTests.Wireless },
        { "net/pnp", NetRegistryTests.Pnp },
        { "net/ipconfig/ntp_servers", NetRegistryTests.NtpServers },
        { "net/ip6_flowlabel", NetRegistryTests.FlowLabels },
        { "net/ip_mr_vif", NetRegistryTests.IpVifs },
        { "net/ip_mr_cache", NetRegistryTests.IpCache },
        { "net/ip6_mr_vif", NetRegistryTests.Ip6Vifs },
        { "net/ip6_mr_cache", NetRegistryTests.Ip6Cache },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Corrupted_samples_fail_only_with_a_located_parse_error(string path, string sample)
    {
        var file = Catalog.Find(path)!;
        var original = Fixtures.Bytes(sample);
        file.Parse(original); // the sample itself parses
        CorruptionFuzzer.AssertOnlyLocatedErrors(file, original, path, seed: 23, s_interesting);
    }
}
