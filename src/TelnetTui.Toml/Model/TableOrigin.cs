namespace TelnetTui.Toml;

/// <summary>
/// How a table came to exist; TOML 1.0.0's redefinition rules depend on it ("Table", "Inline
/// Table", "Keys": a table may be defined once, dotted keys may only extend tables they created,
/// inline tables are closed).
/// </summary>
internal enum TableOrigin
{
    /// <summary>Built in code, not read from text.</summary>
    Code,
    /// <summary>The document's root table.</summary>
    Root,
    /// <summary>Created as a parent of a header ([a.b] creates a); a later [a] may still define it once.</summary>
    Implicit,
    /// <summary>Defined by its own [header].</summary>
    Header,
    /// <summary>One element of an array of tables, defined by its [[header]].</summary>
    ArrayElement,
    /// <summary>Created by a dotted key (a.b = 1 creates a); only further dotted keys in the same place may add to it.</summary>
    Dotted,
    /// <summary>An inline table { ... }: complete as written.</summary>
    Inline,
}
