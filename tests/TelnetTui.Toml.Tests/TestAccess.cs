using System.Reflection;
using TelnetTui.Toml.Syntax;

namespace TelnetTui.Toml.Tests;

/// <summary>Reaches the document's syntax tree, so tests can check spans exactly.</summary>
internal static class TestAccess
{
    private static readonly FieldInfo TreeField =
        typeof(TomlDocument).GetField("_tree", BindingFlags.NonPublic | BindingFlags.Instance)!;

    public static TomlSyntaxTree Tree(TomlDocument document) => (TomlSyntaxTree)TreeField.GetValue(document)!;
}
