using ProcGen;

namespace ProcGen.Tests.Runtime;

public class ProcPathTemplateTests
{
    [Theory]
    [InlineData("meminfo", "meminfo", true)]
    [InlineData("meminfo", "/meminfo", true)]
    [InlineData("meminfo", "meminfo2", false)]
    [InlineData("{pid}/stat", "42/stat", true)]
    [InlineData("{pid}/stat", "self/stat", true)]
    [InlineData("{pid}/stat", "thread-self/stat", true)]
    [InlineData("{pid}/stat", "42/task/43/stat", true)]
    [InlineData("{pid}/stat", "abc/stat", false)]
    [InlineData("{pid}/stat", "42/statm", false)]
    [InlineData("{pid}/fd/{fd}", "42/fd/3", true)]
    [InlineData("{pid}/fd/{fd}", "42/fd/", false)]
    [InlineData("{pid}/fd/{fd}", "42/fd/3/x", false)]
    [InlineData("net/dev_snmp6/{iface}", "net/dev_snmp6/eth0", true)]
    public void Matches_concrete_paths(string template, string path, bool expected)
        => Assert.Equal(expected, ProcPathTemplate.Matches(template, path));

    [Fact]
    public void Splits_process_directories_including_threads()
    {
        Assert.True(ProcPathTemplate.TrySplitProcessDirectory("42/task/43/stat", out var directory, out var rest));
        Assert.Equal(("42/task/43", "stat"), (directory, rest));
        Assert.True(ProcPathTemplate.TrySplitProcessDirectory("/self/fd/3", out directory, out rest));
        Assert.Equal(("self", "fd/3"), (directory, rest));
        Assert.False(ProcPathTemplate.TrySplitProcessDirectory("meminfo", out _, out _));
    }
}
