namespace ProcGen;

/// <summary>What a line of <c>/proc/vmallocinfo</c> describes (<c>vmalloc_info_show</c> in <c>mm/vmalloc.c</c>).</summary>
public enum VmallocAreaKind
{
    /// <summary>A mapped area with its details: caller, pages, flags (<c>vmalloc</c>, <c>ioremap</c>, …).</summary>
    Area,

    /// <summary><c>vm_map_ram</c>: an area handed out by <c>vm_map_ram</c>, which records no details.</summary>
    VmMapRam,

    /// <summary><c>unpurged vm_area</c>: freed lazily, not yet purged (the kernel lists these last).</summary>
    Unpurged,
}
