using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary><c>sys/fs/binfmt_misc/status</c> (<c>bm_status_read</c>), hand-made: binfmt_misc is not mounted here.</summary>
public class BinfmtMiscTests
{
    [Fact]
    public void Status_words()
    {
        Assert.Equal(BinfmtMiscState.Enabled, BinfmtMiscStatus.Parse("enabled\n"u8).State);
        Assert.Equal(BinfmtMiscState.Disabled, BinfmtMiscStatus.Parse("disabled\n"u8).State);
        ParseAssert.Fails(s => BinfmtMiscStatus.Parse(s), "on\n", 1, 1, "");
    }
}
