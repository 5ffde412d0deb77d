using System;
using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>The pressure stall files and <c>crypto</c>.</summary>
public class PressureAndCryptoTests
{
    [Fact]
    public void Captured_pressure_files_have_some_and_full()
    {
        var fs = Fixtures.Fs();
        var cpu = fs.CpuPressure();
        var io = fs.IoPressure();

        Assert.Equal((45.52, 45.06, 55.81, 566092833UL), (cpu.Some!.Avg10, cpu.Some.Avg60, cpu.Some.Avg300, cpu.Some.TotalMicroseconds));
        Assert.Equal(TimeSpan.FromMicroseconds(566092833), cpu.Some.Total);
        Assert.Equal(0UL, cpu.Full!.TotalMicroseconds);
        Assert.Equal((0.02, 10777807UL), (io.Full!.Avg10, io.Full.TotalMicroseconds));
        Assert.Equal(0.0, fs.MemoryPressure().Some!.Avg300);
    }

    [Fact]
    public void Cpu_before_5_13_has_no_full_and_irq_has_only_full()
    {
        var old = PressureStall.Parse(Fixtures.Bytes("some avg10=1.50 avg60=0.75 avg300=0.20 total=123456\n"));
        var irq = PressureStall.Parse(Fixtures.Bytes("full avg10=0.00 avg60=0.01 avg300=0.00 total=4321\n"));

        Assert.Equal(1.5, old.Some!.Avg10);
        Assert.Null(old.Full);
        Assert.Null(irq.Some);
        Assert.Equal(4321UL, irq.Full!.TotalMicroseconds);
    }

    [Theory]
    [InlineData("some avg10=0.00 avg60=0.00 avg300=0.00\n", 1, 39, "TotalMicroseconds")]
    [InlineData("some avg10=0.00 avg=0.00 avg300=0.00 total=1\n", 1, 17, "after 'avg60='")]
    [InlineData("some avg10=x avg60=0.00 avg300=0.00 total=1\n", 1, 12, "a decimal number for Avg10")]
    public void Malformed_pressure_lines_fail_at_the_field(string text, int line, int column, string expected)
        => ParseAssert.Fails(u => PressureStall.Parse(u), text, line, column, expected);

    [Fact]
    public void Captured_crypto_has_common_and_type_specific_keys()
    {
        var algorithms = Fixtures.Fs().CryptoAlgorithms();

        Assert.Equal(56, algorithms.Count);
        var first = algorithms[0];
        Assert.Equal(("cbc(aes)", "cbc(ecb(aes-fixed-time))", "kernel", 101, 1u, "passed", (bool?)false, "lskcipher"),
            (first.Name, first.Driver, first.Module, first.Priority, first.ReferenceCount, first.SelfTest, first.Internal, first.Type));
        Assert.Equal((16u, 16u, 32u, 16u, 16u, 0u), (first.BlockSize!.Value, first.MinKeySize!.Value, first.MaxKeySize!.Value, first.IvSize!.Value, first.ChunkSize!.Value, first.StateSize!.Value));
        Assert.Null(first.DigestSize);
        Assert.Equal(23, algorithms.Count(a => a.DigestSize is not null));
        Assert.Equal(19, algorithms.Count(a => a.SeedSize is not null));
        Assert.All(algorithms, a => Assert.Empty(a.Other));
    }

    /// <summary>Blocks printed by <c>c_show</c> (<c>crypto/proc.c</c>) for a larval algorithm, a FIPS kernel's cipher and an AEAD.</summary>
    public const string Handmade =
        "name         : gcm(aes)\ndriver       : gcm_base(ctr(aes-generic),ghash-generic)\nmodule       : kernel\npriority     : 0\nrefcnt       : 1\n" +
        "selftest     : unknown\ninternal     : no\ntype         : larval\nflags        : 0x2403\n\n" +
        "name         : aes\ndriver       : aes-aesni\nmodule       : aesni_intel\npriority     : 300\nrefcnt       : 2\nselftest     : passed\n" +
        "internal     : no\nfips         : yes\ntype         : cipher\nblocksize    : 16\nmin keysize  : 16\nmax keysize  : 32\n\n" +
        "name         : rfc4106(gcm(aes))\ndriver       : rfc4106-gcm-aesni\nmodule       : aesni_intel\npriority     : 400\nrefcnt       : 1\n" +
        "selftest     : passed\ninternal     : no\ntype         : aead\nasync        : yes\nblocksize    : 1\nivsize       : 8\nmaxauthsize  : 16\ngeniv        : <none>\n";

    [Fact]
    public void Larval_fips_and_aead_blocks()
    {
        var algorithms = CryptoAlgorithm.ParseTable(Fixtures.Bytes(Handmade));

        Assert.Equal(("larval", (uint?)0x2403), (algorithms[0].Type, algorithms[0].Flags));
        Assert.Equal((true, 300), (algorithms[1].Fips!.Value, algorithms[1].Priority));
        Assert.Null(algorithms[0].Fips);
        Assert.Equal((true, 8u, 16u, "<none>"), (algorithms[2].Async!.Value, algorithms[2].IvSize!.Value, algorithms[2].MaxAuthSize!.Value, algorithms[2].IvGenerator));
    }

    [Theory]
    [InlineData("name : a\ndriver : b\nmodule : c\npriority : 1\nrefcnt : 1\nselftest : passed\n", 6, 18, "'type'")]
    [InlineData("name : a\ndriver : b\nmodule : c\npriority : high\nrefcnt : 1\nselftest : passed\ntype : cipher\n", 4, 12, "Priority")]
    public void Malformed_crypto_blocks(string text, int line, int column, string expected)
        => ParseAssert.Fails(u => CryptoAlgorithm.ParseTable(u), text, line, column, expected);
}
