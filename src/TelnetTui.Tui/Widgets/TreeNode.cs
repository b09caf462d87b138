namespace TelnetTui.Tui.Widgets;

/// <summary>A node of a <see cref="TreeView{T}"/>: a value, the text shown for it, children, and whether they show.</summary>
public sealed class TreeNode<T>(T value, string text)
{
    public T Value { get; set; } = value;
    public string Text { get; set; } = text;
    public List<TreeNode<T>> Children { get; } = [];
    public bool Expanded { get; set; }
    public TreeNode<T>? Parent { get; private set; }
    public bool HasChildren => Children.Count > 0;

    public TreeNode<T> Add(TreeNode<T> child)
    {
        child.Parent = this;
        Children.Add(child);
        return child;
    }

    public TreeNode<T> Add(T value, string text) => Add(new TreeNode<T>(value, text));
}
