using System;
using System.IO;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// <c>sysvipc/msg</c>, <c>sysvipc/sem</c>, <c>sysvipc/shm</c>: the captured files have no objects, so rows are
/// written with the <c>seq_printf</c> formats of <c>sysvipc_{msg,sem,shm}_proc_show</c> in <c>ipc/</c>, under the
/// captured headers.
/// </summary>
public class SysVIpcTests
{
    internal static string Header(string file) => File.ReadAllText(Path.Combine(Fixtures.KernelRoot(), "sysvipc", file));

    [Fact]
    public void Fixture_tables_are_empty_with_their_headers()
    {
        var fs = Fixtures.Fs();

        var queues = fs.SysVMessageQueues();
        Assert.Empty(queues);
        Assert.Equal(["key", "msqid", "perms", "cbytes", "qnum", "lspid", "lrpid", "uid", "gid", "cuid", "cgid", "stime", "rtime", "ctime"], queues.Layout!.ColumnNames);

        var sets = fs.SysVSemaphoreSets();
        Assert.Empty(sets);
        Assert.Equal(10, sets.Layout!.ColumnCount);

        var segments = fs.SysVSharedMemorySegments();
        Assert.Empty(segments);
        Assert.Equal(16, segments.Layout!.ColumnCount);
    }

    // "%10d %10d  %4o  %10lu %10lu %5u %5u %5u %5u %5u %5u %10llu %10llu %10llu\n"
    internal const string MessageRows =
        "1358954538          0   666          96          3  1204     0  1000  1000  1000  1000 1750000000          0 1749990000\n" +
        "         0      32769   600           0          0     0     0 65534 65534     0     0          0          0 1749990001\n";

    [Fact]
    public void Message_queues()
    {
        var queues = SysVMessageQueue.ParseTable(Fixtures.Bytes(Header("msg") + MessageRows));

        Assert.Equal(2, queues.Count);
        var queue = queues[0];
        Assert.Equal(0x5100002a, queue.Key);
        Assert.Equal(0, queue.Id);
        Assert.Equal(Convert.ToUInt32("666", 8), queue.Mode);
        Assert.Equal((96UL, 3UL), (queue.Bytes, queue.Messages));
        Assert.Equal((1204, 0), (queue.LastSenderPid, queue.LastReceiverPid));
        Assert.Equal((1000u, 1000u, 1000u, 1000u), (queue.Uid, queue.Gid, queue.CreatorUid, queue.CreatorGid));
        Assert.Equal(1750000000UL, queue.LastSendTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1750000000), queue.LastSent);
        Assert.Null(queue.LastReceived); // 0: nothing received yet
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1749990000), queue.Changed);

        // IPC_PRIVATE, and ids not mapped in the reader's user namespace (overflowuid).
        Assert.Equal((0, 32769, 65534u), (queues[1].Key, queues[1].Id, queues[1].Uid));
        Assert.Equal(Convert.ToUInt32("600", 8), queues[1].Permissions);
    }

    // "%10d %10d  %4o %10u %5u %5u %5u %5u %10llu %10llu\n"
    internal const string SemaphoreRows =
        "-559038737          3   600          4     0     0     0     0 1750000100 1749990000\n" +
        "         0          4  1600          1  1000   100  1000   100          0 1749990000\n";

    [Fact]
    public void Semaphore_sets()
    {
        var sets = SysVSemaphoreSet.ParseTable(Fixtures.Bytes(Header("sem") + SemaphoreRows));

        Assert.Equal(2, sets.Count);
        // key_t is signed and printed with %d.
        Assert.Equal(unchecked((int)0xdeadbeef), sets[0].Key);
        Assert.Equal((3, 4u), (sets[0].Id, sets[0].Semaphores));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1750000100), sets[0].LastOperation);
        Assert.Equal((100u, 100u), (sets[1].Gid, sets[1].CreatorGid));
        Assert.Null(sets[1].LastOperation);
        Assert.Equal(Convert.ToUInt32("600", 8), sets[1].Permissions); // the mode's upper bits are flags
    }

    // "%10d %10d  %4o %21lu %5u %5u  %5lu %5u %5u %5u %5u %10llu %10llu %10llu %21lu %21lu\n" (64-bit)
    internal const string SharedMemoryRows =
        "         0          6  1600                524288  2210  2310      2  1000  1000  1000  1000 1750000200 1750000100 1749990000                524288                     0\n" +
        "      4660          7  3600            2147483648     1     0      0     0     0     0     0          0          0 1749990000                     0            1073741824\n";

    [Fact]
    public void Shared_memory_segments()
    {
        var segments = SysVSharedMemorySegment.ParseTable(Fixtures.Bytes(Header("shm") + SharedMemoryRows));

        Assert.Equal(2, segments.Count);
        var segment = segments[0];
        Assert.Equal((0, 6), (segment.Key, segment.Id));
        Assert.Equal(524288UL, segment.Size);
        Assert.Equal((2210, 2310, 2UL), (segment.CreatorPid, segment.LastPid, segment.Attachments));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1750000200), segment.LastAttached);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1750000100), segment.LastDetached);
        Assert.Equal((524288UL, 0UL), (segment.ResidentBytes, segment.SwappedBytes));
        Assert.True(segment.IsMarkedForRemoval); // 01000: SHM_DEST
        Assert.False(segment.IsLocked);

        Assert.Equal(0x1234, segments[1].Key);
        Assert.Equal(2147483648UL, segments[1].Size);
        Assert.True(segments[1].IsLocked); // 02000: SHM_LOCKED
        Assert.Equal(1073741824UL, segments[1].SwappedBytes);
        Assert.Null(segments[1].LastAttached);
    }

    [Fact]
    public void Shared_memory_of_a_kernel_without_rss_and_swap_columns()
    {
        const string text =
            "       key      shmid perms       size  cpid  lpid nattch   uid   gid  cuid  cgid      atime      dtime      ctime\n" +
            "         0      65536   600     393216  1510  1893      2  1000  1000  1000  1000 1262300000 1262300100 1262290000\n";

        var segment = Assert.Single(SysVSharedMemorySegment.ParseTable(Fixtures.Bytes(text)));
        Assert.Equal(393216UL, segment.Size);
        Assert.Null(segment.ResidentBytes);
        Assert.Null(segment.SwappedBytes);
    }

    [Fact]
    public void A_mode_with_an_eight_is_not_octal()
    {
        const string row = "         0          4  1680          1  1000   100  1000   100          0 1749990000";
        ParseAssert.Fails(utf8 => SysVSemaphoreSet.ParseTable(utf8), Header("sem") + row + "\n", 2, ParseAssert.ColumnOf(row, "1680"), "octal");
    }

    [Fact]
    public void A_short_row_is_an_error_at_its_end()
    {
        const string row = "         0      32769   600           0          0     0     0 65534 65534     0     0          0          0";
        ParseAssert.Fails(utf8 => SysVMessageQueue.ParseTable(utf8), Header("msg") + row + "\n", 2, row.Length + 1, "column 'ctime'");
    }

    [Fact]
    public void A_header_missing_a_column_is_an_error_on_the_header()
    {
        var header = Header("shm").Replace(" nattch", "", StringComparison.Ordinal);
        ParseAssert.Fails(utf8 => SysVSharedMemorySegment.ParseTable(utf8), header, 1, 1, "'nattch'");
    }
}
