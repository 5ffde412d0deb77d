using System;
using System.Runtime.InteropServices;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>{pid}/auxv: binary (type, value) pairs of native 64-bit words, read untrimmed.</summary>
public class ProcessAuxiliaryVectorTests
{
    private static byte[] Pairs(params ulong[] words) => MemoryMarshal.AsBytes(words.AsSpan()).ToArray();

    [Fact]
    public void Auxv_from_fixture_has_every_entry_in_the_kernels_order()
    {
        var auxv = Fixtures.Fs().Process(Fixtures.SleepPid).AuxiliaryVector();

        var vector = auxv.Vector!;
        Assert.Equal(22, vector.Entries.Count);
        Assert.Equal(new AuxiliaryVectorEntry(AuxiliaryVectorType.VdsoBase, 0x7fbf3f68c000), vector.Entries[0]);
        Assert.Equal(new AuxiliaryVectorEntry(AuxiliaryVectorType.RseqAlignment, 32), vector.Entries[^1]);
        Assert.Equal(4096UL, auxv.PageSize);
        Assert.Equal(100UL, auxv.ClockTicksPerSecond);
        Assert.Equal(0x178bfbffUL, auxv.HardwareCapabilities);
        Assert.Equal(2UL, auxv.HardwareCapabilities2);
        Assert.Equal(0x5640f39f7600UL, auxv.EntryPoint);
        Assert.Equal(0x7fbf3f68c000UL, auxv.VdsoBase);
        Assert.Equal(1776UL, auxv.MinimumSignalStackSize);
        Assert.False(auxv.IsSecure);
        Assert.Equal(0x7fbf3f68e000UL, vector[AuxiliaryVectorType.InterpreterBase]);
        Assert.Equal(0x7ffe91a8d889UL, vector[AuxiliaryVectorType.Random]);
        Assert.Equal(0x7ffe91a8dfe9UL, vector[AuxiliaryVectorType.ExecFileName]);
        Assert.Equal(0x7ffe91a8d899UL, vector[AuxiliaryVectorType.Platform]);
        Assert.Equal(56UL, vector[AuxiliaryVectorType.ProgramHeaderSize]);
        Assert.Equal(13UL, vector[AuxiliaryVectorType.ProgramHeaderCount]);
        Assert.Equal(28UL, vector[AuxiliaryVectorType.RseqFeatureSize]);
        Assert.Equal(0UL, vector[AuxiliaryVectorType.EffectiveUid]);
        Assert.Null(vector[AuxiliaryVectorType.SystemCallEntry]);   // AT_SYSINFO is i386 only
        Assert.StartsWith("AT_SYSINFO_EHDR=0x7fbf3f68c000 AT_MINSIGSTKSZ=1776 AT_HWCAP=0x178bfbff AT_PAGESZ=4096 AT_CLKTCK=100 ", vector.ToString());
    }

    [Fact]
    public void Auxv_of_kernel_threads_and_refused_processes_is_not_in_the_fixture()
    {
        // The kernel answers ESRCH for kthreadd (no memory) and refused init's to the capture: no file, no parse.
        var fs = Fixtures.Fs();
        Assert.Equal(ProcReadStatus.NotFound, fs.Process(2).TryReadAuxiliaryVector().Status);
        Assert.Equal(ProcReadStatus.NotFound, fs.Process(1).TryReadAuxiliaryVector().Status);
    }

    [Fact]
    public void Auxv_keeps_blank_and_newline_bytes_that_are_data()
    {
        // AT_ENTRY is 9 (a tab) and the values are spaces and newlines: a text parser's trimming would eat them.
        var bytes = Pairs(9, 0x0a0a0a0a20202020, 6, 0x2020, 0, 0);
        Assert.Equal((byte)'\t', bytes[0]);

        var vector = ProcessAuxiliaryVector.Parse(bytes).Vector!;

        Assert.Equal(new[]
        {
            new AuxiliaryVectorEntry(AuxiliaryVectorType.Entry, 0x0a0a0a0a20202020),
            new AuxiliaryVectorEntry(AuxiliaryVectorType.PageSize, 0x2020),
        }, vector.Entries);
    }

    [Fact]
    public void Auxv_keeps_unknown_types_as_numbers()
    {
        var vector = ProcessAuxiliaryVector.Parse(Pairs(99, 7, 51, 4096, 0, 0)).Vector!;

        Assert.Equal((AuxiliaryVectorType)99, vector.Entries[0].Type);
        Assert.Equal("AT_99", vector.Entries[0].Name);
        Assert.Equal("AT_99=7 AT_MINSIGSTKSZ=4096", vector.ToString());
    }

    [Fact]
    public void Auxv_with_only_its_terminator_is_empty_and_an_empty_file_is_none()
    {
        Assert.Empty(ProcessAuxiliaryVector.Parse(Pairs(0, 0)).Vector!.Entries);
        Assert.Null(ProcessAuxiliaryVector.Parse(ReadOnlySpan<byte>.Empty).Vector);
        Assert.Null(ProcessAuxiliaryVector.Parse(ReadOnlySpan<byte>.Empty).PageSize);
    }

    [Theory]
    [InlineData("truncated in a pair")]
    [InlineData("no AT_NULL")]
    [InlineData("pairs after AT_NULL")]
    public void Auxv_malformed_is_a_parse_error(string shape)
    {
        byte[] bytes = shape switch
        {
            "truncated in a pair" => Pairs(6, 4096, 0, 0)[..^1],
            "no AT_NULL" => Pairs(6, 4096, 17, 100),
            _ => Pairs(6, 4096, 0, 0, 17, 100, 0, 0),
        };

        var error = Assert.Throws<ProcParseException>(() => ProcessAuxiliaryVector.Parse(bytes));

        Assert.Contains("AuxiliaryVector", error.Expected);
        Assert.False(ProcessAuxiliaryVector.TryParse(bytes, out _));
    }
}
