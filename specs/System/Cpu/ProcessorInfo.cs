using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>
/// One block of <c>/proc/cpuinfo</c>: a processor, or on some architectures a summary of the machine. Each
/// architecture prints its own keys (<c>show_cpuinfo</c> in <c>arch/x86/kernel/cpu/proc.c</c>, <c>c_show</c> in
/// <c>arch/arm64/kernel/cpuinfo.c</c> and <c>arch/arm/kernel/setup.c</c>, <c>show_cpuinfo</c> in
/// <c>arch/powerpc/kernel/setup-common.c</c> and <c>arch/s390/kernel/processor.c</c>); blocks are separated by blank
/// lines. Read with <c>fs.ProcessorInfo()</c>.
/// </summary>
/// <remarks>
/// Keys are nullable because no key is printed by every architecture; keys not declared here (<c>TLB size</c>,
/// s390's <c>cache0</c>, armv7's <c>Hardware</c>) are in <see cref="Other"/> as text. Not every block is a
/// processor: s390x prints a summary block (<c>vendor_id</c>, <c># processors</c>, <c>features</c>, one
/// <c>processor N:</c> line per CPU) <b>before</b> its per-CPU blocks (<c>cpu number</c>), and armv7
/// (<c>Hardware</c>, <c>Revision</c>, <c>Serial</c>) and ppc64le (<c>timebase</c>, <c>platform</c>, <c>model</c>,
/// <c>machine</c>) one <b>after</b> them. <see cref="IsProcessor"/> tells them apart.
/// </remarks>
[ProcFile("cpuinfo"), Blocks]
public sealed partial record ProcessorInfo
{
    /// <summary>The logical CPU number (<c>processor</c>; x86, arm, arm64, ppc). s390x numbers CPUs with <see cref="CpuNumber"/>.</summary>
    [Key("processor")] public int? Processor { get; init; }

    /// <summary>The vendor (<c>GenuineIntel</c>, <c>AuthenticAMD</c>; <c>IBM/S390</c> in the s390x summary).</summary>
    [Key("vendor_id")] public string? VendorId { get; init; }

    /// <summary>x86 CPU family.</summary>
    [Key("cpu family")] public int? CpuFamily { get; init; }

    /// <summary>x86: the model number; ppc64le's summary: the machine model (text).</summary>
    [Key("model")] public string? Model { get; init; }

    /// <summary>The model's name (x86: the brand string; armv7 and compat arm64: <c>ARMv7 Processor rev 10 (v7l)</c>).</summary>
    [Key("model name")] public string? ModelName { get; init; }

    /// <summary>x86 stepping: a number, or <c>unknown</c>.</summary>
    [Key("stepping")] public string? Stepping { get; init; }

    /// <summary>x86 microcode revision (printed <c>0x…</c>).</summary>
    [Key("microcode"), Hex] public ulong? Microcode { get; init; }

    /// <summary>x86: the current frequency in MHz, as the kernel last measured it.</summary>
    [Key("cpu MHz")] public double? CpuMhz { get; init; }

    /// <summary>x86: the size of the largest cache, in bytes (printed <c>N KB</c>).</summary>
    [Key("cache size"), Kilobytes] public ulong? CacheSize { get; init; }

    /// <summary>The physical package (socket) the CPU is in.</summary>
    [Key("physical id")] public int? PhysicalId { get; init; }

    /// <summary>x86: logical CPUs in the package.</summary>
    [Key("siblings")] public int? Siblings { get; init; }

    /// <summary>The core within the package.</summary>
    [Key("core id")] public int? CoreId { get; init; }

    /// <summary>Cores in the package.</summary>
    [Key("cpu cores")] public int? CpuCores { get; init; }

    /// <summary>x86 APIC id.</summary>
    [Key("apicid")] public int? ApicId { get; init; }

    /// <summary>x86 APIC id at boot.</summary>
    [Key("initial apicid")] public int? InitialApicId { get; init; }

    /// <summary>x86: whether a floating-point unit is present.</summary>
    [Key("fpu")] public bool? Fpu { get; init; }

    /// <summary>x86: whether the FPU reports exceptions.</summary>
    [Key("fpu_exception")] public bool? FpuException { get; init; }

    /// <summary>x86: the highest standard CPUID leaf.</summary>
    [Key("cpuid level")] public int? CpuidLevel { get; init; }

    /// <summary>x86: whether the write-protect bit is honoured in kernel mode.</summary>
    [Key("wp")] public bool? WriteProtect { get; init; }

    /// <summary>x86 feature flags (<c>fpu vme … avx2</c>).</summary>
    [Key("flags")] public WordSet? Flags { get; init; }

    /// <summary>x86: hardware bugs the kernel knows the CPU has (<c>spectre_v1 …</c>).</summary>
    [Key("bugs")] public WordSet? Bugs { get; init; }

    /// <summary>x86 and ppc32 BogoMIPS (<c>bogomips</c>); arm and arm64 print <see cref="ArmBogoMips"/>.</summary>
    [Key("bogomips")] public double? BogoMips { get; init; }

    /// <summary>x86: cache line size flushed by <c>clflush</c>, in bytes.</summary>
    [Key("clflush size")] public int? ClflushSize { get; init; }

    /// <summary>x86: cache alignment in bytes.</summary>
    [Key("cache_alignment")] public int? CacheAlignment { get; init; }

    /// <summary>x86: <c>48 bits physical, 48 bits virtual</c>.</summary>
    [Key("address sizes")] public string? AddressSizes { get; init; }

    /// <summary>x86: power-management features; empty for none.</summary>
    [Key("power management")] public string? PowerManagement { get; init; }

    /// <summary>arm and arm64 BogoMIPS (spelled <c>BogoMIPS</c>).</summary>
    [Key("BogoMIPS")] public double? ArmBogoMips { get; init; }

    /// <summary>arm and arm64 hardware capabilities (<c>fp asimd evtstrm aes …</c>).</summary>
    [Key("Features")] public WordSet? Features { get; init; }

    /// <summary>arm and arm64: the implementer code of the MIDR (<c>0x41</c> is Arm).</summary>
    [Key("CPU implementer"), Hex] public uint? CpuImplementer { get; init; }

    /// <summary>arm and arm64: the architecture (<c>8</c> on arm64; <c>7</c>, <c>5TEJ</c> … on arm).</summary>
    [Key("CPU architecture")] public string? CpuArchitecture { get; init; }

    /// <summary>arm and arm64: the variant code of the MIDR.</summary>
    [Key("CPU variant"), Hex] public uint? CpuVariant { get; init; }

    /// <summary>arm and arm64: the part number of the MIDR (<c>0xd0c</c>: Neoverse N1).</summary>
    [Key("CPU part"), Hex] public uint? CpuPart { get; init; }

    /// <summary>arm and arm64: the revision of the MIDR.</summary>
    [Key("CPU revision")] public int? CpuRevision { get; init; }

    /// <summary>ppc: the processor's name and extensions (<c>POWER9 (raw), altivec supported</c>).</summary>
    [Key("cpu")] public string? Cpu { get; init; }

    /// <summary>ppc: the clock as printed (<c>2200.000000MHz</c>).</summary>
    [Key("clock")] public string? Clock { get; init; }

    /// <summary>ppc: the processor revision and PVR (<c>2.2 (pvr 004e 1202)</c>).</summary>
    [Key("revision")] public string? Revision { get; init; }

    /// <summary>s390x summary: facilities of the machine (<c>esan3 zarch stfle …</c>).</summary>
    [Key("features")] public WordSet? S390Features { get; init; }

    /// <summary>s390x: the CPU of a per-CPU block (<c>cpu number</c>).</summary>
    [Key("cpu number")] public int? CpuNumber { get; init; }

    /// <summary>s390x: the dynamic frequency in MHz.</summary>
    [Key("cpu MHz dynamic")] public int? CpuMhzDynamic { get; init; }

    /// <summary>s390x: the static frequency in MHz.</summary>
    [Key("cpu MHz static")] public int? CpuMhzStatic { get; init; }

    /// <summary>Keys not declared above, as printed (<c>TLB size</c>, <c>cache0</c>, <c>Hardware</c>, <c>timebase</c>).</summary>
    [OtherKeys] public required IReadOnlyDictionary<string, string> Other { get; init; }

    /// <summary>Whether the block describes one processor rather than the machine (a summary block).</summary>
    public bool IsProcessor => Processor is not null || CpuNumber is not null;

    /// <summary>BogoMIPS whichever way the architecture spells it.</summary>
    public double? AnyBogoMips => BogoMips ?? ArmBogoMips;

    /// <summary>Whether the CPU (x86 <c>flags</c>, arm <c>Features</c>, s390x <c>features</c>) has <paramref name="feature"/>.</summary>
    public bool HasFeature(string feature)
        => (Flags?.Contains(feature) ?? false) || (Features?.Contains(feature) ?? false) || (S390Features?.Contains(feature) ?? false);
}
