using System;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>The typed <c>/proc/sys</c> declarations, on the captured knobs and hand-made values.</summary>
public class SysctlTests
{
    private static readonly ProcFs s_fs = Fixtures.Fs();

    [Fact]
    public void Kernel_knobs_from_fixture()
    {
        Assert.Equal(32768, s_fs.KernelPidMax().PidMax);
        Assert.Equal(192739, s_fs.KernelThreadsMax().ThreadsMax);
        Assert.Equal("vm", s_fs.KernelHostname().Hostname);
        Assert.Equal("6.18.44-fc-v1252", s_fs.KernelOsRelease().Release);
        Assert.Equal("Linux", s_fs.KernelOsType().OsType);
        Assert.Equal(65536, s_fs.KernelNgroupsMax().NgroupsMax);
        Assert.Equal(1, s_fs.KernelPanic().TimeoutSeconds);
        Assert.Equal(TimeSpan.FromSeconds(1), s_fs.KernelPanic().RebootDelay);
        var tainted = s_fs.KernelTainted();
        Assert.Equal(0UL, tainted.Mask);
        Assert.False(tainted.IsTainted);
        Assert.Equal(KernelTaint.None, tainted.Flags);
    }

    [Fact]
    public void Random_knobs_from_fixture()
    {
        Assert.Equal(Guid.Parse("d91f9f08-c36a-42ae-bada-eeb61a470438"), s_fs.KernelBootId().Value.Value);
        Assert.Equal("d91f9f08-c36a-42ae-bada-eeb61a470438", s_fs.KernelBootId().Value.ToString());
        Assert.Equal(Guid.Parse("f5a08bb0-4dc4-4542-a24b-665d05063b26"), s_fs.KernelRandomUuid().Value.Value);
        Assert.Equal(256, s_fs.RandomEntropyAvailable().Bits);
        Assert.Equal(256, s_fs.RandomPoolSize().Bits);
    }

    [Fact]
    public void Printk_four_tab_separated_levels()
    {
        var printk = s_fs.KernelPrintk();
        Assert.Equal(4, printk.ConsoleLogLevel);
        Assert.Equal(4, printk.DefaultMessageLogLevel);
        Assert.Equal(1, printk.MinimumConsoleLogLevel);
        Assert.Equal(7, printk.DefaultConsoleLogLevel);
        Assert.Equal(new KernelPrintk { ConsoleLogLevel = 7, DefaultMessageLogLevel = 4, MinimumConsoleLogLevel = 1, DefaultConsoleLogLevel = 7 },
            KernelPrintk.Parse("7\t4\t1\t7\n"u8));
    }

    [Fact]
    public void Vm_knobs_from_fixture()
    {
        Assert.Equal(60, s_fs.VmSwappiness().Swappiness);
        Assert.Equal(OvercommitPolicy.Heuristic, s_fs.VmOvercommitMemory().Policy);
        Assert.Equal(50, s_fs.VmOvercommitRatio().Percent);
        Assert.Equal(65530, s_fs.VmMaxMapCount().MaxMapCount);
        Assert.Equal(67584UL, s_fs.VmMinFreeKbytes().Kilobytes);
        Assert.Equal(67584UL * 1024, s_fs.VmMinFreeKbytes().Bytes);
        Assert.Equal(20, s_fs.VmDirtyRatio().Percent);
        Assert.Equal(10, s_fs.VmDirtyBackgroundRatio().Percent);
    }

    [Fact]
    public void Fs_knobs_from_fixture()
    {
        Assert.Equal(new FileHandles { Allocated = 1069, Free = 0, Maximum = 2466300 }, s_fs.FileHandles());
        Assert.Equal(2466300UL, s_fs.FsFileMax().MaxFiles);
        Assert.Equal(new InodeCounts { Inodes = 49396, FreeInodes = 0 }, s_fs.InodeCounts());
        Assert.Equal(new InodeState { Inodes = 49397, FreeInodes = 0, Preshrink = 0 }, s_fs.InodeState());
        Assert.Equal(1048576U, s_fs.FsNrOpen().MaxDescriptors);
        Assert.Equal(1048576U, s_fs.FsPipeMaxSize().Bytes);
    }

    [Fact]
    public void Net_knobs_from_fixture()
    {
        Assert.Equal(4096, s_fs.NetCoreSomaxconn().MaxBacklog);
        Assert.Equal(4194304, s_fs.NetCoreRmemMax().Bytes);
        Assert.Equal(4194304, s_fs.NetCoreWmemMax().Bytes);
        Assert.False(s_fs.Ipv4Forwarding().Enabled);
        var range = s_fs.Ipv4LocalPortRange();
        Assert.Equal((ushort)32768, range.First);
        Assert.Equal((ushort)60999, range.Last);
        Assert.Equal(28232, range.Count);
        Assert.Equal(new TcpBufferSizes { Minimum = 4096, Default = 131072, Maximum = 33554432 }, s_fs.TcpRmem());
        Assert.Equal(new TcpBufferSizes { Minimum = 4096, Default = 16384, Maximum = 4194304 }, s_fs.TcpWmem());
    }

    [Fact]
    public void Handmade_values()
    {
        // A tainted kernel: proprietary module (P), warning (W), out-of-tree module (O), and a bit no kernel defines yet.
        var tainted = KernelTainted.Parse("4609\n"u8);
        Assert.Equal(KernelTaint.ProprietaryModule | KernelTaint.Warn | KernelTaint.OutOfTreeModule, tainted.Flags);
        Assert.True(KernelTainted.Parse("1048576\n"u8).IsTainted);
        Assert.Equal(KernelTaint.Fwctl, KernelTainted.Parse("524288\n"u8).Flags);
        // panic = 0: wait forever; negative: reboot at once.
        Assert.Null(KernelPanic.Parse("0\n"u8).RebootDelay);
        Assert.Equal(TimeSpan.Zero, KernelPanic.Parse("-1\n"u8).RebootDelay);
        Assert.Equal(OvercommitPolicy.Never, VmOvercommitMemory.Parse("2\n"u8).Policy);
        Assert.Equal(OvercommitPolicy.Always, VmOvercommitMemory.Parse("1\n"u8).Policy);
        Assert.True(Ipv4Forwarding.Parse("1\n"u8).Enabled);
        // A host name with a blank stays whole; file-max on a big machine is a long.
        Assert.Equal("my host", KernelHostname.Parse("my host\n"u8).Hostname);
        Assert.Equal(9223372036854775807UL, FsFileMax.Parse("9223372036854775807\n"u8).MaxFiles);
    }

    [Fact]
    public void Malformed_values_fail_located()
    {
        ParseAssert.Fails(s => KernelPidMax.Parse(s), "32k\n", 1, 1, "");
        ParseAssert.Fails(s => KernelUuid.Parse(s), "d91f9f08c36a42aebadaeeb61a470438\n", 1, 1, "");
        ParseAssert.Fails(s => VmOvercommitMemory.Parse(s), "3\n", 1, 1, "");
        ParseAssert.Fails(s => KernelPrintk.Parse(s), "4\t4\t1\n", 1, 6, "");
        ParseAssert.Fails(s => Ipv4LocalPortRange.Parse(s), "32768\t70000\n", 1, 7, "");
        ParseAssert.Fails(s => Ipv4Forwarding.Parse(s), "2\n", 1, 1, "");
        Assert.False(FileHandles.TryParse(""u8, out _));
    }
}
