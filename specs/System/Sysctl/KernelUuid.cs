namespace ProcGen.Specs;

/// <summary>
/// <c>/proc/sys/kernel/random/boot_id</c> (fixed for this boot: tells one boot from the next) and
/// <c>/proc/sys/kernel/random/uuid</c> (a fresh random UUID on every read), both printed by <c>proc_do_uuid</c> in
/// <c>drivers/char/random.c</c> as <c>%pU</c> (random(4)).
/// </summary>
[ProcFile("sys/kernel/random/boot_id", Accessor = "KernelBootId"), ProcFile("sys/kernel/random/uuid", Accessor = "KernelRandomUuid"), SingleValue]
public sealed partial record KernelUuid
{
    /// <summary>The UUID, in the kernel's lowercase <c>8-4-4-4-12</c> notation.</summary>
    public required Uuid Value { get; init; }
}
