using System;
using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>{pid}/mountstats: plain mounts, and NFS mounts with their indented statistics.</summary>
public class MountstatsTests
{
    [Fact]
    public void Mountstats_from_fixture_has_no_nfs()
    {
        var mounts = Fixtures.Fs().Process(1).MountStatistics();

        Assert.Equal(19, mounts.Count);
        Assert.Equal(("proc", "/proc", "proc"), (mounts[0].Mount.Device, mounts[0].Mount.MountPoint, mounts[0].Mount.FileSystem));
        Assert.Equal(("/dev/vda", "/", "ext4"), (mounts[5].Mount.Device, mounts[5].Mount.MountPoint, mounts[5].Mount.FileSystem));
        Assert.Equal("cgroup2", mounts[^1].Mount.FileSystem);
        Assert.All(mounts, m =>
        {
            Assert.Null(m.Mount.StatisticsVersion);
            Assert.Null(m.Events);
            Assert.Null(m.Operations);
            Assert.Null(m.Age);
            Assert.Empty(m.Other);
        });
    }

    // nfs_show_stats + rpc_clnt_show_stats of a 6.x kernel: NFSv4.2 over TCP, statistics 1.1 (nine per-op columns).
    private const string Nfs4Tcp =
        "device fs1:/export/home mounted on /home with fstype nfs4 statvers=1.1\n" +
        "\topts:\trw,vers=4.2,rsize=1048576,wsize=1048576,namlen=255,acregmin=3,acregmax=60,acdirmin=30,acdirmax=60,hard,proto=tcp,timeo=600,retrans=2,sec=sys,clientaddr=10.0.0.5,local_lock=none\n" +
        "\tage:\t86400\n" +
        "\timpl_name:\t\n" +
        "\tcaps:\tcaps=0x3ffbffff,wtmult=512,dtsize=1048576,bsize=0,namlen=255\n" +
        "\tnfsv4:\tbm0=0xfdffbfff,bm1=0xf9be3e,bm2=0x68800,acl=0x3,sessions,pnfs=not configured,lease_time=90,lease_expired=0\n" +
        "\tsec:\tflavor=1,pseudoflavor=1\n" +
        "\tevents:\t120 3400 5 7 300 450 600 0 0 90 0 40 25 3 300 12 0 298 0 1 8 0 0 0 0 0 0 \n" +
        "\tbytes:\t1048576 524288 0 0 1050000 530000 260 130 \n" +
        "\tRPC iostats version: 1.1  p/v: 100003/4 (nfs)\n" +
        "\txprt:\ttcp 871 1 2 0 11 5620 5619 0 5620 0 2 0 0\n" +
        "\tper-op statistics\n" +
        "\t        NULL: 1 1 0 44 24 0 0 0 0\n" +
        "\t        READ: 260 260 0 41600 1081600 12 2600 2700 0\n" +
        "\t       WRITE: 130 131 1 548080 20800 40 3900 4100 2\n" +
        "\t     GETATTR: 3400 3400 0 612000 816000 9 1700 1800 0\n" +
        "\n" +
        "device tmpfs mounted on /run with fstype tmpfs\n";

    // An older kernel: NFSv3 over UDP, statistics 1.0 (eight per-op columns), 24 events.
    private const string Nfs3Udp =
        "device fs2:/data mounted on /mnt/data\\040set with fstype nfs statvers=1.0\n" +
        "\topts:\trw,vers=3,rsize=32768,wsize=32768,hard,proto=udp,timeo=11,retrans=3,sec=sys,addr=fs2\n" +
        "\tage:\t12\n" +
        "\tcaps:\tcaps=0x3fc7,wtmult=4096,dtsize=4096,bsize=0,namlen=255\n" +
        "\tsec:\tflavor=1,pseudoflavor=1\n" +
        "\tevents:\t1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 \n" +
        "\tbytes:\t100 200 0 0 100 200 \n" +
        "\tRPC iostats version: 1.0  p/v: 100003/3 (nfs)\n" +
        "\txprt:\tudp 700 1 50 49 0 50 0\n" +
        "\tper-op statistics\n" +
        "\t        NULL: 0 0 0 0 0 0 0 0\n" +
        "\t     GETATTR: 50 50 0 5000 5600 1 20 22\n";

    // RDMA: the shared counters, then the RDMA ones.
    private const string Nfs4Rdma =
        "device ib1:/scratch mounted on /scratch with fstype nfs4 statvers=1.1\n" +
        "\tage:\t5\n" +
        "\tRPC iostats version: 1.1  p/v: 100003/4 (nfs)\n" +
        "\txprt:\trdma 0 0 1 0 3 40 40 0 40 0 10 20 5 4096 8192 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n" +
        "\tper-op statistics\n" +
        "\t        NULL: 1 1 0 40 20 0 0 0 0\n";

    [Fact]
    public void Nfs4_over_tcp_with_statistics_1_1()
    {
        var mounts = MountStatistics.ParseTable(Fixtures.Bytes(Nfs4Tcp));

        Assert.Equal(2, mounts.Count);
        var nfs = mounts[0];
        Assert.Equal(("fs1:/export/home", "/home", "nfs4", "1.1"), (nfs.Mount.Device, nfs.Mount.MountPoint, nfs.Mount.FileSystem, nfs.Mount.StatisticsVersion));
        Assert.StartsWith("rw,vers=4.2,", nfs.Options);
        Assert.Equal(TimeSpan.FromDays(1), nfs.Age);
        Assert.Equal("caps=0x3ffbffff,wtmult=512,dtsize=1048576,bsize=0,namlen=255", nfs.Capabilities);
        Assert.StartsWith("bm0=0xfdffbfff", nfs.Nfs4Attributes);
        Assert.Equal("flavor=1,pseudoflavor=1", nfs.Security);
        Assert.Equal("", nfs.Other["impl_name"]);

        Assert.Equal((120UL, 3400UL, 300UL, 450UL, 298UL), (nfs.Events!.InodeRevalidate, nfs.Events.DentryRevalidate, nfs.Events.Opens, nfs.Events.Lookups, nfs.Events.Release));
        Assert.Equal((0UL, 0UL), (nfs.Events.PnfsRead!.Value, nfs.Events.PnfsWrite!.Value));
        Assert.Equal((1048576UL, 524288UL, 1050000UL, 260UL), (nfs.Bytes!.NormalRead, nfs.Bytes.NormalWrite, nfs.Bytes.ServerRead, nfs.Bytes.ReadPages!.Value));

        Assert.Equal(("1.1", new SlashPair(100003, 4), "nfs"), (nfs.RpcStatistics!.Version, nfs.RpcStatistics.ProgramVersion, nfs.RpcStatistics.ProgramName));
        var tcp = nfs.Transport!;
        Assert.Equal("tcp", tcp.Transport);
        Assert.Equal(13, tcp.Counters.Length);
        Assert.Equal((871L, 2L, 5620L, 5619L, 0L), (tcp.SourcePort!.Value, tcp.ConnectCount!.Value, tcp.Sends!.Value, tcp.Receives!.Value, tcp.BadTransactionIds!.Value));

        Assert.Equal(["NULL", "READ", "WRITE", "GETATTR"], nfs.Operations!.Select(o => o.Name));
        var write = nfs.Operations![2];
        Assert.Equal((130UL, 131UL, 1UL, 548080UL, 20800UL, 2UL), (write.Operations, write.Transmissions, write.Timeouts, write.BytesSent, write.BytesReceived, write.Errors!.Value));
        Assert.Equal(TimeSpan.FromMilliseconds(3900), write.RoundTripTime);
        Assert.Equal(TimeSpan.FromMilliseconds(4100), write.ExecuteTime);

        Assert.Equal("tmpfs", mounts[1].Mount.FileSystem);
        Assert.Null(mounts[1].RpcStatistics);
    }

    [Fact]
    public void Nfs3_over_udp_with_statistics_1_0()
    {
        var nfs = Assert.Single(MountStatistics.ParseTable(Fixtures.Bytes(Nfs3Udp)));

        Assert.Equal(("/mnt/data set", "nfs", "1.0"), (nfs.Mount.MountPoint, nfs.Mount.FileSystem, nfs.Mount.StatisticsVersion));
        Assert.Null(nfs.Nfs4Attributes);
        Assert.Equal(24UL, nfs.Events!.ShortWrite);
        Assert.Null(nfs.Events.Delay);
        Assert.Null(nfs.Bytes!.ReadPages);
        Assert.Equal(("1.0", new SlashPair(100003, 3)), (nfs.RpcStatistics!.Version, nfs.RpcStatistics.ProgramVersion));
        var udp = nfs.Transport!;
        Assert.Equal(("udp", 700L, (long?)null, 50L, 49L), (udp.Transport, udp.SourcePort!.Value, udp.ConnectCount, udp.Sends!.Value, udp.Receives!.Value));
        Assert.All(nfs.Operations!, o => Assert.Null(o.Errors));
        Assert.Equal(22UL, nfs.Operations![1].ExecuteMilliseconds);
    }

    [Fact]
    public void Nfs4_over_rdma()
    {
        var nfs = Assert.Single(MountStatistics.ParseTable(Fixtures.Bytes(Nfs4Rdma)));

        var rdma = nfs.Transport!;
        Assert.Equal("rdma", rdma.Transport);
        Assert.Equal(30, rdma.Counters.Length);
        Assert.Equal((1L, 40L, 40L), (rdma.ConnectCount!.Value, rdma.Sends!.Value, rdma.Receives!.Value));
        Assert.Null(nfs.Options);
        Assert.Equal(TimeSpan.FromSeconds(5), nfs.Age);
    }

    [Fact]
    public void Malformed_mountstats_is_located()
    {
        // A bad number in the events line, located in the file.
        string badEvents = Nfs3Udp.Replace("\tevents:\t1 2 3", "\tevents:\t1 x 3");
        ParseAssert.Fails(u => MountStatistics.ParseTable(u), badEvents, line: 6, column: 12, mentions: "DentryRevalidate");

        // A per-op line without its colon.
        string badOperation = Nfs3Udp.Replace("GETATTR: 50", "GETATTR 50");
        ParseAssert.Fails(u => MountStatistics.ParseTable(u), badOperation, line: 12, column: 7, mentions: "Name");

        // The RPC line without its program name.
        string badRpc = Nfs3Udp.Replace(" (nfs)", "");
        ParseAssert.Fails(u => MountStatistics.ParseTable(u), badRpc, line: 8, column: 41, mentions: "ProgramName");

        // A header cut short.
        ParseAssert.Fails(u => MountStatistics.ParseTable(u), "device proc mounted on /proc\n", line: 1, column: 29, mentions: "FileSystem");
    }
}
