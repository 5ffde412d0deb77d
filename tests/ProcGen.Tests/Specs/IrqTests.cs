using System.Linq;
using System.Text;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// <c>/proc/irq</c>: the default affinity and one directory per interrupt line (<c>kernel/irq/proc.c</c>), captured
/// for irqs 24 and 30 of a 2-CPU 6.18.44 guest, plus the masks of larger machines.
/// </summary>
public class IrqTests
{
    private static ProcFs Fs => Fixtures.Fs();

    [Fact]
    public void Captured_interrupt_directories()
    {
        Assert.Equal([0, 1], Fs.IrqDefaultAffinity().Cpus.Cpus);
        Assert.Equal([0, 1], Fs.IrqAffinity(30).Cpus.Cpus);
        Assert.Equal([0], Fs.IrqEffectiveAffinity(30).Cpus.Cpus);
        Assert.Equal(0, Fs.IrqAffinityHint(30).Cpus.Count);          // the driver gave no hint
        Assert.Equal([0, 1], Fs.IrqAffinityList(30).Cpus.Indices());
        Assert.Equal([0], Fs.IrqEffectiveAffinityList(24).Cpus.Indices());
        Assert.Equal(-1, Fs.IrqNode(30).Node);

        var spurious = Fs.IrqSpurious(30);
        Assert.Equal(["count", "unhandled", "last_unhandled"], spurious.Select(l => l.Name));
        Assert.Equal([2UL, 1UL, 1298512UL], spurious.Select(l => l.Value));
        Assert.Equal([null, null, "ms"], spurious.Select(l => l.Unit));
    }

    [Theory]
    [InlineData("3", new[] { 0, 1 })]
    [InlineData("0", new int[0])]
    [InlineData("80000000,00000001", new[] { 0, 63 })]                  // 64 CPUs: two groups, most significant first
    [InlineData("1,00000000,00000000", new[] { 64 })]                    // the first group without leading zeros
    [InlineData("ffffffff", new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31 })]
    public void Cpu_masks_of_any_size(string text, int[] cpus)
    {
        Assert.True(CpuMask.TryParse(Encoding.ASCII.GetBytes(text), out var mask));
        Assert.Equal(cpus, mask.Cpus);
        Assert.Equal(cpus.Length, mask.Count);
        Assert.Equal(text, mask.ToString());
        Assert.Equal(cpus.Contains(63), mask.Contains(63));
        Assert.False(mask.Contains(-1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("3,")]
    [InlineData("1,1")]              // a group after the first has all 8 digits
    [InlineData("123456789")]        // a group holds 32 CPUs
    [InlineData("0-3")]              // a list is another file's format
    public void Masks_that_are_no_masks(string text)
        => Assert.False(CpuMask.TryParse(Encoding.ASCII.GetBytes(text), out _));

    [Fact]
    public void Malformed_files_fail_at_their_position()
    {
        ParseAssert.Fails(u => IrqAffinity.Parse(u), "0-1\n", 1, 1, "CpuMask");
        ParseAssert.Fails(u => IrqNode.Parse(u), "none\n", 1, 1, "Node");
        ParseAssert.Fails(u => IrqSpuriousLine.ParseTable(u), "count 2\nunhandled x\n", 2, 11, "Value");
    }
}
