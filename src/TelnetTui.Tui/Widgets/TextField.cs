namespace TelnetTui.Tui.Widgets;

/// <summary>A text box in a form, optionally required, masked or checked by a validator.</summary>
public class TextField : FormField
{
    public TextField(string label, string text = "") : base(label)
    {
        Input = Adopt(new TextInput { ClearOnSubmit = false, HandlesEnter = false });
        Input.Text = text;
        Input.Changed += _ => Error = null; // the message was about the old value
    }

    public TextInput Input { get; }

    public string Text
    {
        get => Input.Text;
        set => Input.Text = value;
    }

    public bool Required { get; set; }

    /// <summary>Returns a message when the text is not acceptable.</summary>
    public Func<string, string?>? Validator { get; set; }

    public override IEnumerable<Widget> Children => [Input];
    public override bool Stretches => true;
    public override Widget FocusTarget => Input;

    public override string? Validate()
    {
        if (Required && string.IsNullOrWhiteSpace(Text))
            return $"{Label} is required";
        return Validator?.Invoke(Text);
    }

    protected override void OnRender(Rect area, Buffer buffer)
    {
        Input.NormalStyle = Theme.Field;
        Input.FocusedStyle = Theme.FieldFocused;
        Input.Render(area, buffer);
    }
}
