using ProcGen.Specs;
using ProcGen.Tests.Runtime;

namespace ProcGen.Tests.Processes;

public class SystemBootTimeTests
{
    [Theory]
    [InlineData("cpu  1 2 3\ncpu0 1 2 3\nintr 1 2\nctxt 9\nbtime 1795318202\nprocesses 5\n", 1795318202L)]
    [InlineData("btime 0\n", 0L)]
    [InlineData("btime\t42", 42L)]
    public void Finds_btime(string content, long expected)
    {
        Assert.True(SystemBootTime.TryParseBtime(Fixtures.Bytes(content), out long seconds));
        Assert.Equal(expected, seconds);
    }

    [Theory]
    [InlineData("cpu 1 2 3\n")]
    [InlineData("btime x\n")]
    [InlineData("btime 12 13\n")]
    [InlineData("btimes 12\n")]
    [InlineData("")]
    public void Rejects_a_stat_without_a_readable_btime(string content)
        => Assert.False(SystemBootTime.TryParseBtime(Fixtures.Bytes(content), out _));

    [Fact]
    public void Reads_through_the_root()
    {
        using var root = new TempProcRoot().File("stat", "cpu 1\nbtime 1000\n");
        Assert.Equal(System.DateTimeOffset.FromUnixTimeSeconds(1000), SystemBootTime.Get(root.Fs));
        Assert.Null(SystemBootTime.Get(Fixtures.Fs()));
    }

    [Fact]
    public void The_running_system_has_a_boot_time_in_the_past()
    {
        var bootTime = SystemBootTime.Get(ProcFs.Default);
        Assert.NotNull(bootTime);
        Assert.InRange(bootTime.Value, System.DateTimeOffset.UnixEpoch.AddYears(30), System.DateTimeOffset.UtcNow);
    }
}
