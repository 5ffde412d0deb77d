using System.Text;

namespace ProcGen.Tests.Runtime;

public class MtrrRangeTests
{
    private static byte[] U(string s) => Encoding.UTF8.GetBytes(s);

    [Theory]
    [InlineData("base=0x000000000 (    0MB), size= 2048MB, count=1: write-back", 0x0UL, 2048UL << 20, 1, MtrrMemoryType.WriteBack)]
    [InlineData("base=0x0000a0000 (    0MB), size=  128KB, count=2: write-combining", 0xa0000UL, 128UL << 10, 2, MtrrMemoryType.WriteCombining)]
    [InlineData("base=0x0f0000000 ( 3840MB), size=  256MB, count=1: write-protect", 0xf0000000UL, 256UL << 20, 1, MtrrMemoryType.WriteProtect)]
    [InlineData("base=0x100000000 ( 4096MB), size=65536MB, count=3: uncachable", 0x100000000UL, 65536UL << 20, 3, MtrrMemoryType.Uncachable)]
    [InlineData("base=0xd0000000 (3328MB), size= 256MB: write-through, count=1", 0xd0000000UL, 256UL << 20, 1, MtrrMemoryType.WriteThrough)]
    [InlineData("base=0x0d0000000 ( 3328MB), size=    4MB, count=1: ?", 0xd0000000UL, 4UL << 20, 1, MtrrMemoryType.Unknown)]
    public void Reads_base_size_count_and_type(string text, ulong start, ulong size, int count, MtrrMemoryType type)
    {
        Assert.True(MtrrRange.TryParse(U(text), out var range));
        Assert.Equal(new MtrrRange(start, size, count, type), range);
        Assert.Equal(start + size, range.End);
    }

    [Theory]
    [InlineData("size= 2048MB, count=1: write-back")]
    [InlineData("base=0x000000000 (    0MB), size= 2048MB, count=1:")]
    [InlineData("base=0x000000000 (    0MB), size= 2048MB, count=1: write-back, count=2")]
    [InlineData("base=0x000000000 (    xMB), size= 2048MB, count=1: write-back")]
    [InlineData("base=0x000000000 (    0MB), size= 2048MB; count=1: write-back")]
    [InlineData("base=0x000000000 (    0MB), size=MB, count=1: write-back")]
    [InlineData("base=0x000000000 (    0MB), size=18446744073709551615MB, count=1: write-back")]
    public void Rejects_malformed_text(string text) => Assert.False(MtrrRange.TryParse(U(text), out _));
}
