using System;

namespace ProcGen.Specs;

/// <summary>
/// The taint bits of <c>kernel/tainted</c>, in the order of <c>taint_flags[]</c> in <c>kernel/panic.c</c>; the
/// letter is the one an oops prints (Documentation/admin-guide/tainted-kernels.rst).
/// </summary>
[Flags]
public enum KernelTaint : ulong
{
    None = 0,
    /// <summary><c>P</c>: a proprietary module was loaded.</summary>
    ProprietaryModule = 1UL << 0,
    /// <summary><c>F</c>: a module was force-loaded.</summary>
    ForcedModule = 1UL << 1,
    /// <summary><c>S</c>: the kernel runs on a CPU out of specification (or an SMP-unsafe one).</summary>
    CpuOutOfSpec = 1UL << 2,
    /// <summary><c>R</c>: a module was force-unloaded.</summary>
    ForcedRmmod = 1UL << 3,
    /// <summary><c>M</c>: a machine check exception occurred.</summary>
    MachineCheck = 1UL << 4,
    /// <summary><c>B</c>: a bad page was referenced or found.</summary>
    BadPage = 1UL << 5,
    /// <summary><c>U</c>: a user asked for the taint.</summary>
    User = 1UL << 6,
    /// <summary><c>D</c>: the kernel died recently (an oops or a BUG).</summary>
    Die = 1UL << 7,
    /// <summary><c>A</c>: an ACPI table was overridden.</summary>
    OverriddenAcpiTable = 1UL << 8,
    /// <summary><c>W</c>: the kernel issued a warning.</summary>
    Warn = 1UL << 9,
    /// <summary><c>C</c>: a staging driver was loaded.</summary>
    StagingDriver = 1UL << 10,
    /// <summary><c>I</c>: a workaround for a platform firmware bug is active.</summary>
    FirmwareWorkaround = 1UL << 11,
    /// <summary><c>O</c>: an out-of-tree module was loaded.</summary>
    OutOfTreeModule = 1UL << 12,
    /// <summary><c>E</c>: an unsigned module was loaded in a kernel that supports signatures.</summary>
    UnsignedModule = 1UL << 13,
    /// <summary><c>L</c>: a soft lockup occurred.</summary>
    SoftLockup = 1UL << 14,
    /// <summary><c>K</c>: the kernel was live-patched.</summary>
    Livepatch = 1UL << 15,
    /// <summary><c>X</c>: an auxiliary taint, defined by distributions.</summary>
    Auxiliary = 1UL << 16,
    /// <summary><c>T</c>: built with the struct randomization plugin.</summary>
    Randstruct = 1UL << 17,
    /// <summary><c>N</c>: an in-kernel test (KUnit) ran.</summary>
    Test = 1UL << 18,
    /// <summary><c>J</c>: userspace used a mutating debug operation of fwctl (6.15+).</summary>
    Fwctl = 1UL << 19,
}
