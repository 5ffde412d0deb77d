using System.Linq;

namespace ProcGen.Tests.Runtime;

/// <summary><see cref="WordSet"/>: blank-separated words as a set that keeps the kernel's order.</summary>
public class WordSetTests
{
    private static WordSet Parse(string text)
    {
        Assert.True(WordSet.TryParse(Fixtures.Bytes(text), out var set));
        return set;
    }

    [Fact]
    public void Words_keep_their_order_and_repeats_count_once()
    {
        var set = Parse(" rd  wr\tex rd ");

        Assert.Equal(["rd", "wr", "ex"], set.Words);
        Assert.Equal(3, set.Count);
        Assert.Equal("rd wr ex", set.ToString());
    }

    [Fact]
    public void Empty_text_is_the_empty_set()
    {
        Assert.Same(WordSet.Empty, Parse(""));
        Assert.Same(WordSet.Empty, Parse("   "));
        Assert.Empty(WordSet.Empty);
    }

    [Fact]
    public void Membership_works_for_short_and_long_sets()
    {
        var words = Enumerable.Range(0, 40).Select(i => "f" + i).ToArray();
        var large = Parse(string.Join(' ', words));
        var small = Parse("fpu vme");

        Assert.True(large.Contains("f39"));
        Assert.False(large.Contains("f40"));
        Assert.True(small.Contains("vme"));
        Assert.False(small.Contains("VME"));
        Assert.True(small.IsSubsetOf(["fpu", "vme", "de"]));
        Assert.True(small.SetEquals(WordSet.Of("vme", "fpu", "vme")));
        Assert.True(large.Overlaps(["f3"]));
    }
}
