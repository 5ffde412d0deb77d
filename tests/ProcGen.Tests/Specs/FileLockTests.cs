using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>locks: empty on the capture machine, so mostly content made from the kernel's format strings.</summary>
public class FileLockTests
{
    // lock_get_status: "%lld: ", "%*s" of the "-> " prefix for blocked requests, the kind ("POSIX ", "FLOCK  ADVISORY  "),
    // " %s " of "ADVISORY " or "*NOINODE*", "%s " of the access, "%d %02x:%02x:%lu " (or "%d <none>:0 "), then
    // "%Ld EOF" or "%Ld %Ld" for POSIX locks and "0 EOF" for the others.
    private const string Text =
        "1: POSIX  ADVISORY  WRITE 1234 08:02:131090 0 EOF\n" +
        "2: FLOCK  ADVISORY  WRITE 2001 00:1a:7 0 EOF\n" +
        "2: -> FLOCK  ADVISORY  WRITE 2002 00:1a:7 0 EOF\n" +
        "2:  -> FLOCK  ADVISORY  WRITE 2003 00:1a:7 0 EOF\n" +
        "3: OFDLCK ADVISORY  READ  -1 fd:01:4096 100 199\n" +
        "4: LEASE  ACTIVE    READ  3000 103:05:55 0 EOF\n" +
        "5: DELEG  BREAKING  UNLCK 0 00:2d:12 0 EOF\n" +
        "6: LEASE  BREAKER   WRITE 3001 <none>:0 0 EOF\n" +
        "7: POSIX  *NOINODE* WRITE 17 <none>:0 0 9223372036854775806\n" +
        "8: UNKNOWN UNKNOWN  READ  5 08:02:1 0 EOF\n";

    [Fact]
    public void Locks_from_fixture_is_an_empty_table()
    {
        Assert.Empty(Fixtures.Fs().Locks());
    }

    [Fact]
    public void Locks_of_every_kind()
    {
        var locks = FileLock.ParseTable(Fixtures.Bytes(Text));

        Assert.Equal(10, locks.Count);

        var posix = locks[0];
        Assert.Equal(1L, posix.Id);
        Assert.False(posix.IsBlocked);
        Assert.Equal(FileLockKind.Posix, posix.Kind);
        Assert.Equal(FileLockStatus.Advisory, posix.Status);
        Assert.Equal(FileLockAccess.Write, posix.Access);
        Assert.Equal(1234, posix.Pid);
        Assert.Equal(new DeviceInode(new DeviceNumber(8, 2), 131090), posix.File);
        Assert.Equal(0L, posix.Start);
        Assert.Null(posix.End);

        Assert.Equal(FileLockKind.Flock, locks[1].Kind);
        Assert.Equal(new DeviceNumber(0, 0x1a), locks[1].File!.Value.Device);

        // Requests blocked on lock 2, the second one blocked on the first: both repeat its number.
        Assert.True(locks[2].IsBlocked);
        Assert.Equal(2L, locks[2].Id);
        Assert.Equal(2002, locks[2].Pid);
        Assert.True(locks[3].IsBlocked);
        Assert.Equal(FileLockKind.Flock, locks[3].Kind);
        Assert.Equal(2003, locks[3].Pid);

        var ofd = locks[4];
        Assert.Equal(FileLockKind.OpenFileDescription, ofd.Kind);
        Assert.Equal(FileLockAccess.Read, ofd.Access);
        Assert.Equal(-1, ofd.Pid);
        Assert.Equal(new DeviceInode(new DeviceNumber(0xfd, 1), 4096), ofd.File);
        Assert.Equal(100L, ofd.Start);
        Assert.Equal(199L, ofd.End);

        Assert.Equal((FileLockKind.Lease, FileLockStatus.Active), (locks[5].Kind, locks[5].Status));
        Assert.Equal(new DeviceNumber(0x103, 5), locks[5].File!.Value.Device);
        Assert.Equal((FileLockKind.Delegation, FileLockStatus.Breaking, FileLockAccess.Unlocked), (locks[6].Kind, locks[6].Status, locks[6].Access));
        Assert.Equal(0, locks[6].Pid);
        Assert.Equal(FileLockStatus.Breaker, locks[7].Status);
        Assert.Null(locks[7].File);

        Assert.Equal(FileLockStatus.NoInode, locks[8].Status);
        Assert.Null(locks[8].File);
        Assert.Equal(9223372036854775806L, locks[8].End);

        Assert.Equal((FileLockKind.Unknown, FileLockStatus.Unknown), (locks[9].Kind, locks[9].Status));
    }

    [Fact]
    public void Locks_of_older_and_newer_kernels()
    {
        // Before 5.15 locks could be MANDATORY; words a newer kernel might add map to the fallbacks.
        const string text =
            "1: POSIX  MANDATORY WRITE 10 08:02:5 0 EOF\n" +
            "2: FUTURE SOMEDAY   RW    11 08:02:6 0 EOF\n";
        var locks = FileLock.ParseTable(Fixtures.Bytes(text));

        Assert.Equal(FileLockStatus.Mandatory, locks[0].Status);
        Assert.Equal((FileLockKind.Unknown, FileLockStatus.Unknown, FileLockAccess.Other), (locks[1].Kind, locks[1].Status, locks[1].Access));
    }

    [Fact]
    public void Locks_errors_name_line_and_column()
    {
        const string good = "1: POSIX  ADVISORY  WRITE 1234 08:02:131090 0 EOF\n";
        const string badInode = "2: FLOCK  ADVISORY  WRITE 2001 00:1a:-7 0 EOF\n";
        ParseAssert.Fails(u => FileLock.ParseTable(u), good + badInode, line: 2, column: ParseAssert.ColumnOf(badInode, "00:1a"), mentions: "File");
        const string badEnd = "3: POSIX  ADVISORY  READ  5 08:02:1 0 END\n";
        ParseAssert.Fails(u => FileLock.ParseTable(u), good + badEnd, line: 2, column: ParseAssert.ColumnOf(badEnd, "END"), mentions: "End");
        const string noId = "POSIX  ADVISORY  READ  5 08:02:1 0 EOF\n";
        ParseAssert.Fails(u => FileLock.ParseTable(u), noId, line: 1, column: 1, mentions: "Id");
        const string truncated = "4: -> FLOCK  ADVISORY  WRITE 2002 00:1a:7 0\n";
        ParseAssert.Fails(u => FileLock.ParseTable(u), good + truncated, line: 2, column: truncated.Length, mentions: "End");
    }
}
