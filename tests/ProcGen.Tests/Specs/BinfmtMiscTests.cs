using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary><c>sys/fs/binfmt_misc/status</c> and <c>{name}</c> (<c>bm_status_read</c>, <c>entry_status</c>), hand-made: binfmt_misc is not mounted here.</summary>
public class BinfmtMiscTests
{
    [Fact]
    public void Status_words()
    {
        Assert.Equal(BinfmtMiscState.Enabled, BinfmtMiscStatus.Parse("enabled\n"u8).State);
        Assert.Equal(BinfmtMiscState.Disabled, BinfmtMiscStatus.Parse("disabled\n"u8).State);
        ParseAssert.Fails(s => BinfmtMiscStatus.Parse(s), "on\n", 1, 1, "");
    }

    /// <summary>A qemu-user registration as systemd-binfmt writes it: magic and mask, flags <c>OCF</c>.</summary>
    internal const string QemuAarch64 =
        "enabled\n" +
        "interpreter /usr/bin/qemu-aarch64-static\n" +
        "flags: OCF\n" +
        "offset 0\n" +
        "magic 7f454c460201010000000000000000000200b700\n" +
        "mask ffffffffffffff00fffffffffffffffffeffffff\n";

    /// <summary>An extension entry (<c>:DOSWin:E::exe::/usr/bin/wine:</c>), disabled, no flags.</summary>
    internal const string WineExtension =
        "disabled\n" +
        "interpreter /usr/bin/wine\n" +
        "flags: \n" +
        "extension .exe\n";

    [Fact]
    public void Magic_entry_reads_interpreter_flags_and_bytes()
    {
        var entry = BinfmtMiscEntry.Parse(Fixtures.Bytes(QemuAarch64));

        Assert.Equal(BinfmtMiscState.Enabled, entry.State);
        Assert.Equal("/usr/bin/qemu-aarch64-static", entry.Interpreter);
        Assert.Equal("OCF", entry.FlagLetters);
        Assert.Equal(BinfmtMiscFlags.OpenBinary | BinfmtMiscFlags.Credentials | BinfmtMiscFlags.FixBinary, entry.Flags);
        Assert.Equal(0, entry.Offset);
        Assert.Equal(20, entry.Magic!.Length);
        Assert.Equal(new byte[] { 0x7f, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0 }, entry.Magic.ToArray()[..8]);
        Assert.Equal(0xb7, entry.Magic.Span[18]);
        Assert.Equal(0xfe, entry.Mask!.Span[16]);
        Assert.Equal("ffffffffffffff00fffffffffffffffffeffffff", entry.Mask.ToString());
        Assert.Null(entry.Extension);
        Assert.False(entry.MatchesByExtension);
    }

    [Fact]
    public void Extension_entry_has_no_magic_and_may_have_no_flags()
    {
        var entry = BinfmtMiscEntry.Parse(Fixtures.Bytes(WineExtension));

        Assert.Equal(BinfmtMiscState.Disabled, entry.State);
        Assert.Equal("/usr/bin/wine", entry.Interpreter);
        Assert.Equal("", entry.FlagLetters);
        Assert.Equal(BinfmtMiscFlags.None, entry.Flags);
        Assert.Equal(".exe", entry.Extension);
        Assert.True(entry.MatchesByExtension);
        Assert.Null(entry.Offset);
        Assert.Null(entry.Magic);
        Assert.Null(entry.Mask);
    }

    [Fact]
    public void Magic_without_mask_and_preserve_argv0()
    {
        var entry = BinfmtMiscEntry.Parse("enabled\ninterpreter /usr/lib/jvm/bin/jexec\nflags: P\noffset 2\nmagic CAFEbabe\n"u8);

        Assert.Equal(BinfmtMiscFlags.PreserveArgv0, entry.Flags);
        Assert.Equal(2, entry.Offset);
        Assert.Equal(new byte[] { 0xca, 0xfe, 0xba, 0xbe }, entry.Magic!.ToArray());
        Assert.Null(entry.Mask);
    }

    [Fact]
    public void Register_and_status_are_not_entries()
    {
        Assert.Null(Catalog.Find("sys/fs/binfmt_misc/register"));
        Assert.Equal(typeof(BinfmtMiscStatus), Catalog.Find("sys/fs/binfmt_misc/status")!.RecordType);
        Assert.Equal(typeof(BinfmtMiscEntry), Catalog.Find("sys/fs/binfmt_misc/qemu-aarch64")!.RecordType);
        Assert.False(BinfmtMiscEntry.IsEntryName("register"));
        Assert.False(BinfmtMiscEntry.IsEntryName("status"));
        Assert.True(BinfmtMiscEntry.IsEntryName("qemu-aarch64"));
    }

    [Theory]
    [InlineData("on\ninterpreter /x\nflags: \nextension .a\n", 1, 1)]
    [InlineData("enabled\nflags: \nextension .a\n", 4, 1)]
    [InlineData("enabled\ninterpreter /x\nflags: \noffset 0\nmagic 7f4\n", 5, 7)]
    [InlineData("enabled\ninterpreter /x\nflags: \noffset 0\nmagic 7g\n", 5, 7)]
    [InlineData("enabled\ninterpreter /x\nflags: \noffset -\nmagic 7f\n", 4, 8)]
    [InlineData("", 1, 1)]
    public void Malformed_entries_fail_with_a_location(string text, int line, int column)
        => ParseAssert.Fails(s => BinfmtMiscEntry.Parse(s), text, line, column, "");
}
