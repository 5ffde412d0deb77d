using System.Linq;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>
/// <c>cpuinfo</c>: the captured x86 file, and one hand-made file per other architecture, each written from the
/// architecture's show function (named on each constant).
/// </summary>
public class CpuinfoTests
{
    /// <summary>arm64, two cores: <c>c_show</c> in <c>arch/arm64/kernel/cpuinfo.c</c> ("Features\t:" then " %s" per hwcap).</summary>
    public const string Arm64 =
        "processor\t: 0\nBogoMIPS\t: 50.00\nFeatures\t: fp asimd evtstrm aes pmull sha1 sha2 crc32 atomics fphp asimdhp cpuid asimdrdm lrcpc dcpop asimddp ssbs\n" +
        "CPU implementer\t: 0x41\nCPU architecture: 8\nCPU variant\t: 0x3\nCPU part\t: 0xd0c\nCPU revision\t: 1\n\n" +
        "processor\t: 1\nBogoMIPS\t: 50.00\nFeatures\t: fp asimd evtstrm aes pmull sha1 sha2 crc32 atomics fphp asimdhp cpuid asimdrdm lrcpc dcpop asimddp ssbs\n" +
        "CPU implementer\t: 0x41\nCPU architecture: 8\nCPU variant\t: 0x3\nCPU part\t: 0xd0c\nCPU revision\t: 1\n\n";

    /// <summary>
    /// armv7: <c>c_show</c> in <c>arch/arm/kernel/setup.c</c> ("%s " per hwcap, so a trailing blank), then the machine
    /// lines after every CPU.
    /// </summary>
    public const string Armv7 =
        "processor\t: 0\nmodel name\t: ARMv7 Processor rev 4 (v7l)\nBogoMIPS\t: 38.40\nFeatures\t: half thumb fastmult vfp edsp neon vfpv3 tls vfpv4 idiva idivt vfpd32 lpae evtstrm crc32 \n" +
        "CPU implementer\t: 0x41\nCPU architecture: 7\nCPU variant\t: 0x0\nCPU part\t: 0xd03\nCPU revision\t: 4\n\n" +
        "Hardware\t: BCM2835\nRevision\t: a02082\nSerial\t\t: 00000000c0ffee42\n";

    /// <summary>
    /// s390x: <c>show_cpuinfo</c> in <c>arch/s390/kernel/processor.c</c>: the summary (<c>show_cpu_summary</c>, with
    /// <c>show_cacheinfo</c> and one <c>processor N:</c> line per CPU) before the first CPU, then "\ncpu number" blocks.
    /// </summary>
    public const string S390x =
        "vendor_id       : IBM/S390\n# processors    : 2\nbogomips per cpu: 3241.00\nmax thread id   : 0\n" +
        "features\t: esan3 zarch stfle msa ldisp eimm dfp edat etf3eh highgprs te vx sie \n" +
        "cache0          : level=1 type=Data scope=Private size=128K line_size=256 associativity=8\n" +
        "cache1          : level=1 type=Instruction scope=Private size=96K line_size=256 associativity=6\n" +
        "processor 0: version = FF,  identification = 0133E8,  machine = 2964\n" +
        "processor 1: version = FF,  identification = 0133E8,  machine = 2964\n" +
        "\ncpu number      : 0\ncpu MHz dynamic : 5000\ncpu MHz static  : 5000\n" +
        "\ncpu number      : 1\ncpu MHz dynamic : 5000\ncpu MHz static  : 5000\n";

    /// <summary>
    /// ppc64le: <c>show_cpuinfo</c> in <c>arch/powerpc/kernel/setup-common.c</c> (processor, cpu, clock, revision, a
    /// blank line), then <c>show_cpuinfo_summary</c> and the platform's lines after the last CPU.
    /// </summary>
    public const string Ppc64le =
        "processor\t: 0\ncpu\t\t: POWER9 (architected), altivec supported\nclock\t\t: 2750.000000MHz\nrevision\t: 2.2 (pvr 004e 1202)\n\n" +
        "processor\t: 8\ncpu\t\t: POWER9 (architected), altivec supported\nclock\t\t: 2750.000000MHz\nrevision\t: 2.2 (pvr 004e 1202)\n\n" +
        "timebase\t: 512000000\nplatform\t: pSeries\nmodel\t\t: IBM,9009-22A\nmachine\t\t: CHRP IBM,9009-22A\nMMU\t\t: Radix\n";

    [Fact]
    public void Captured_x86_file_has_one_typed_block_per_cpu()
    {
        var cpus = Fixtures.Fs().ProcessorInfo();

        Assert.Equal(2, cpus.Count);
        var cpu = cpus[1];
        Assert.True(cpu.IsProcessor);
        Assert.Equal((1, "AuthenticAMD", 23, "1", "AMD EPYC", "2"), (cpu.Processor, cpu.VendorId, cpu.CpuFamily, cpu.Model, cpu.ModelName, cpu.Stepping));
        Assert.Equal(0x1000065UL, cpu.Microcode);
        Assert.Equal(1996.249, cpu.CpuMhz);
        Assert.Equal(512UL * 1024, cpu.CacheSize);
        Assert.Equal((0, 2, 1, 2, 1, 1), (cpu.PhysicalId, cpu.Siblings, cpu.CoreId, cpu.CpuCores, cpu.ApicId, cpu.InitialApicId));
        Assert.Equal((true, true, 13, true), (cpu.Fpu, cpu.FpuException, cpu.CpuidLevel, cpu.WriteProtect));
        Assert.Equal(85, cpu.Flags!.Count);
        Assert.Equal("fpu", cpu.Flags.Words[0]);
        Assert.True(cpu.HasFeature("avx2"));
        Assert.False(cpu.HasFeature("avx512f"));
        Assert.Contains("spectre_v2_user", cpu.Bugs!);
        Assert.Equal(3992.49, cpu.AnyBogoMips);
        Assert.Equal((64, 64, "48 bits physical, 48 bits virtual", ""), (cpu.ClflushSize, cpu.CacheAlignment, cpu.AddressSizes, cpu.PowerManagement));
        Assert.Equal("2560 4K pages", cpu.Other["TLB size"]);
        Assert.Single(cpu.Other);
        Assert.Null(cpu.Features);
        Assert.Null(cpu.CpuImplementer);
    }

    [Fact]
    public void Arm64_blocks_have_the_midr_fields_and_features()
    {
        var cpus = ProcessorInfo.ParseTable(Fixtures.Bytes(Arm64));

        Assert.Equal([0, 1], cpus.Select(c => c.Processor!.Value));
        var cpu = cpus[0];
        Assert.Equal((0x41u, "8", 0x3u, 0xd0cu, 1), (cpu.CpuImplementer, cpu.CpuArchitecture, cpu.CpuVariant, cpu.CpuPart, cpu.CpuRevision));
        Assert.Equal(50.00, cpu.ArmBogoMips);
        Assert.Equal(50.00, cpu.AnyBogoMips);
        Assert.True(cpu.HasFeature("asimd"));
        Assert.Equal(17, cpu.Features!.Count);
        Assert.Null(cpu.VendorId);
        Assert.Empty(cpu.Other);
    }

    [Fact]
    public void Armv7_ends_with_a_machine_block()
    {
        var blocks = ProcessorInfo.ParseTable(Fixtures.Bytes(Armv7));

        Assert.Equal(2, blocks.Count);
        Assert.Equal(("ARMv7 Processor rev 4 (v7l)", "7", 0xd03u), (blocks[0].ModelName, blocks[0].CpuArchitecture, blocks[0].CpuPart));
        // The trailing blank of "%s " is no feature.
        Assert.Equal("crc32", blocks[0].Features!.Words[^1]);
        Assert.Equal(15, blocks[0].Features!.Count);
        Assert.False(blocks[1].IsProcessor);
        Assert.Equal(("BCM2835", "a02082", "00000000c0ffee42"), (blocks[1].Other["Hardware"], blocks[1].Other["Revision"], blocks[1].Other["Serial"]));
    }

    [Fact]
    public void S390x_summary_comes_before_the_cpu_blocks()
    {
        var blocks = ProcessorInfo.ParseTable(Fixtures.Bytes(S390x));

        Assert.Equal(3, blocks.Count);
        var summary = blocks[0];
        Assert.False(summary.IsProcessor);
        Assert.Equal("IBM/S390", summary.VendorId);
        Assert.True(summary.HasFeature("zarch"));
        Assert.Equal(13, summary.S390Features!.Count);
        Assert.Equal("2", summary.Other["# processors"]);
        Assert.Equal("version = FF,  identification = 0133E8,  machine = 2964", summary.Other["processor 1"]);
        Assert.StartsWith("level=1 type=Data", summary.Other["cache0"]);
        Assert.Equal([0, 1], blocks.Skip(1).Select(b => b.CpuNumber!.Value));
        Assert.All(blocks.Skip(1), b => Assert.Equal((true, 5000, 5000), (b.IsProcessor, b.CpuMhzDynamic, b.CpuMhzStatic)));
    }

    [Fact]
    public void Ppc64le_cpu_blocks_then_a_platform_block()
    {
        var blocks = ProcessorInfo.ParseTable(Fixtures.Bytes(Ppc64le));

        Assert.Equal(3, blocks.Count);
        Assert.Equal([0, 8], blocks.Take(2).Select(b => b.Processor!.Value));
        Assert.Equal(("POWER9 (architected), altivec supported", "2750.000000MHz", "2.2 (pvr 004e 1202)"), (blocks[1].Cpu, blocks[1].Clock, blocks[1].Revision));
        Assert.False(blocks[2].IsProcessor);
        Assert.Equal("IBM,9009-22A", blocks[2].Model);
        Assert.Equal(("512000000", "pSeries", "Radix"), (blocks[2].Other["timebase"], blocks[2].Other["platform"], blocks[2].Other["MMU"]));
    }

    [Theory]
    [InlineData("processor\t: 0\ncache size\t: 512 MB\n", 2, 18, "a size in kB for CacheSize")]
    [InlineData("processor\t: 0\ncpu MHz\t\t: fast\n", 2, 12, "a decimal number for CpuMhz")]
    [InlineData("processor\t: 0\nfpu\t\t: maybe\n", 2, 8, "0/1 or yes/no for Fpu")]
    [InlineData("processor\t: x\n", 1, 13, "an integer (int) for Processor")]
    [InlineData("processor\t: 0\nCPU part\t: 0xd0g\n", 2, 12, "a hexadecimal integer (uint) for CpuPart")]
    [InlineData("processor\t: 0\nno separator here\n", 2, 1, "a key followed by ':'")]
    public void Malformed_blocks_fail_at_the_value(string text, int line, int column, string expected)
        => ParseAssert.Fails(u => ProcessorInfo.ParseTable(u), text, line, column, expected);
}
