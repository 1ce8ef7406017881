namespace SamRL.Atari.Machine;

/// <summary>What is plugged into a controller port (the ROM's Controller.Left / Controller.Right property).</summary>
public enum AtariConsoleController
{
    /// <summary>A joystick: its pot pins are unconnected, so INPT0–INPT3 of that port never read as charged.</summary>
    Joystick,

    /// <summary>A pair of paddles: the pot pins read the resistances in <see cref="ControllerPorts.PaddleResistance"/>.</summary>
    Paddles,
}
