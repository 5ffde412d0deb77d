using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>A range of <c>iomem</c> or <c>ioports</c> with the ranges inside it, as <see cref="IoResourceTree.Build"/> makes them.</summary>
public sealed class IoResourceNode<TResource> where TResource : IIoResource
{
    private readonly List<IoResourceNode<TResource>> _children = new();

    internal IoResourceNode(TResource resource, IoResourceNode<TResource>? parent)
    {
        Resource = resource;
        Parent = parent;
    }

    /// <summary>The line this node stands for.</summary>
    public TResource Resource { get; }

    /// <summary>The range this one lies in; <c>null</c> at the top level.</summary>
    public IoResourceNode<TResource>? Parent { get; }

    /// <summary>The ranges directly inside this one, in file order.</summary>
    public IReadOnlyList<IoResourceNode<TResource>> Children => _children;

    internal void Add(IoResourceNode<TResource> child) => _children.Add(child);

    /// <summary>This node and every node below it, depth first in file order.</summary>
    public IEnumerable<IoResourceNode<TResource>> DescendantsAndSelf()
    {
        var pending = new Stack<IoResourceNode<TResource>>();
        pending.Push(this);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            for (int i = node._children.Count - 1; i >= 0; i--) pending.Push(node._children[i]);
        }
    }

    public override string ToString() => Resource.Range + " : " + Resource.Name;
}
