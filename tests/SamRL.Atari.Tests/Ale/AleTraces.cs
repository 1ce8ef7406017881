namespace SamRL.Atari.Tests.Ale;

/// <summary>
/// What ALE 0.12.1 (Farama-Foundation/Arcade-Learning-Environment commit a9a043e2, its C++ library built from
/// source) printed for the ROM files of openai/atari-py (the commit before 592a16d) over the first 2,000 random steps,
/// without sticky actions (random_seed 0) and with repeat_action_probability 0.25 (random_seed 7). Published behaviour
/// of the reference implementation, copied from its output; Environments/SamRL.Atari/README.md says how it was produced.
/// </summary>
internal static class AleTraces
{
    public static AleTrace PongNoSticky { get; } = new(
        "pong", "60e0ea3cbe0913d39803477945e9e5ec", StickyProbability: 0, RandomSeed: 0, Steps: 2000, TotalReward: -10,
        GameOverSteps: [],
        Checkpoints:
        [
            new AleCheckpoint(AleTraceLine.Reset, 0, EpisodeFrame: 0, Frame: 0, Lives: 0, ScreenHash: 0x17e4cd6bc8e799c5UL,
                Ram: "c00000006e26000747013c3b0000003eff00fffd0016001880200156f756f756f786f3f5f3f0f0f2f22020404040bc41bd00166d25253c000000006d6d2525c0c0c0c001c0caf7caf7caf7caf70000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000036ecf279f0"),
            new AleCheckpoint(AleTraceLine.Step, 0, EpisodeFrame: 1, Frame: 1, Lives: 0, ScreenHash: 0xa08752e9f33ae805UL,
                Ram: "c0000000682600074801003a0000003fff00fffd0014001880200156f756f756f786f3f5f3f0f0f2f22020404040bc41bd00146d252500000000006d6a2525c0c0c0c001c0caf7caf7caf7caf70000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000036ecf279f0"),
            new AleCheckpoint(AleTraceLine.Step, 999, EpisodeFrame: 1000, Frame: 1000, Lives: 0, ScreenHash: 0x166f8c39d97f4a45UL,
                Ram: "c00000006e2600072f0500130006003fff000002007e001880200156f756f756f786f3f5f3f0f0f2f22020404040bc41bdcd7e8d252500000100ff6d8d2525c0c0c0c0c0c0e8f7caf7caf7caf70000000000000000000000000000000000000000000000000000000000000000000000000000000000000000b45536ecf279f0"),
            new AleCheckpoint(AleTraceLine.Step, 1999, EpisodeFrame: 2000, Frame: 2000, Lives: 0, ScreenHash: 0x8522bc820bbc3185UL,
                Ram: "c00040006e2600021709000b000b013fff0000020000001880200156f756f756f786f3f5f3f0f0f2f22020404040bc41bdcd00a925250000ff00ff6da92525c0c0c0c0c0c0cff7cff7cff7caf70000000000000000000000000000000000000000000000000000000000000000000000000000000000000000b45536ecf279f0"),
        ]);

    public static AleTrace PongSticky { get; } = new(
        "pong", "60e0ea3cbe0913d39803477945e9e5ec", StickyProbability: 0.25, RandomSeed: 7, Steps: 2000, TotalReward: -12,
        GameOverSteps: [],
        Checkpoints:
        [
            new AleCheckpoint(AleTraceLine.Reset, 0, EpisodeFrame: 0, Frame: 0, Lives: 0, ScreenHash: 0x17e4cd6bc8e799c5UL,
                Ram: "c00000006e26000747013c3b0000003eff00fffd0016001880200156f756f756f786f3f5f3f0f0f2f22020404040bc41bd00166d25253c000000006d6d2525c0c0c0c001c0caf7caf7caf7caf70000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000036ecf279f0"),
            new AleCheckpoint(AleTraceLine.Step, 0, EpisodeFrame: 1, Frame: 1, Lives: 0, ScreenHash: 0xa08752e9f33ae805UL,
                Ram: "c00000006e2600074801003a0000003fff00fffd0014001880200156f756f756f786f3f5f3f0f0f2f22020404040bc41bd00146d252500000000006d6d2525c0c0c0c001c0caf7caf7caf7caf70000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000036ecf279f0"),
            new AleCheckpoint(AleTraceLine.Step, 999, EpisodeFrame: 1000, Frame: 1000, Lives: 0, ScreenHash: 0xd22026506e68ee45UL,
                Ram: "c00000006e2600072f0500130006003fff000002007e001880200156f756f756f786f3f5f3f0f0f2f22020404040bc41bdcd7e7d252500000100ff6d7d2525c000c0c0c0c0e8f7caf7caf7caf70000000000000000000000000000000000000000000000000000000000000000000000000000000000000000b45536ecf279f0"),
            new AleCheckpoint(AleTraceLine.Step, 1999, EpisodeFrame: 2000, Frame: 2000, Lives: 0, ScreenHash: 0xb93b19f74611cea5UL,
                Ram: "c00000006e26000717090000400c003fff0000020062001880200156f756f756f786f3f5f3f0f0f2f22020404040bc41bd9e62b925256200ff00ff6db92525c0c0c0c0c0c0d4f7caf7cff7caf70000000000000000000000000000000000000000000000000000000000000000000000000000000000000000355536ecf279f0"),
        ]);

    public static AleTrace BreakoutNoSticky { get; } = new(
        "breakout", "f34f08e5eb96e500e851a80be3277a56", StickyProbability: 0, RandomSeed: 0, Steps: 2000, TotalReward: 2,
        GameOverSteps: [676, 1292, 1780],
        Checkpoints:
        [
            new AleCheckpoint(AleTraceLine.Reset, 0, EpisodeFrame: 0, Frame: 0, Lives: 5, ScreenHash: 0xee22a62345bb4a25UL,
                Ram: "3f3f3f3f3f3fffffffffffffffffffffffffffffffffffffffffffffffffc0c0c0c0c0c0fffffffffffffffffffffffffff00000ff0000f000050000060046b686c6162636465806920008000000000000f100f200f219f105f20000ff00e4000000000000000000000000000800ffffffffffffff0000050000bad675f6dbf2"),
            new AleCheckpoint(AleTraceLine.Step, 0, EpisodeFrame: 1, Frame: 1, Lives: 5, ScreenHash: 0xee22a62345bb4a25UL,
                Ram: "3f3f3f3f3f3fffffffffffffffffffffffffffffffffffffffffffffffffc0c0c0c0c0c0fffffffffffffffffffffffffff00000ff0000f000050000060046b686c6162636465805920007000000000000f100f200f219f105f20100ff00e3000000000000000000000000000800ffffffffffffff0000050000bad675f6dbf2"),
            new AleCheckpoint(AleTraceLine.Step, 999, EpisodeFrame: 323, Frame: 1000, Lives: 3, ScreenHash: 0xd15940f799107d25UL,
                Ram: "333f3f3f3f3fffffffffffffffffffffffffffffffffffffffffffffffffc0c0c0c0c0c0fffffffffffffffffffffffffff00000ff0000f000030000060046b686c616263646ae064100040d0001000000f100f205f20ff105f24301ff0000401c00006000008000000000000802ffffffffffffff0000ff009696d675f6dbf2"),
            new AleCheckpoint(AleTraceLine.Reset, 677, EpisodeFrame: 0, Frame: 677, Lives: 5, ScreenHash: 0xee22a62345bb4a25UL,
                Ram: "3f3f3f3f3f3fffffffffffffffffffffffffffffffffffffffffffffffffc0c0c0c0c0c0fffffffffffffffffffffffffff00000ff0000f000050000060046b686c6162636465806920008000000000000f100f200f219f105f20000ff00e4000000000000000000000000000800ffffffffffffff0000050000bad675f6dbf2"),
            new AleCheckpoint(AleTraceLine.Step, 1999, EpisodeFrame: 219, Frame: 2000, Lives: 3, ScreenHash: 0x9df3bc003d0b3c25UL,
                Ram: "3f3f3f3f3f3fffffffffffffffffffffffffffffffffffffffffffffffffc0c0c0c0c0c0fffffffffffffffffffffffffff00000ff0000f000030000060046b686c616263646ac064400040d0000000000f100f200f20ff105f2db00ff0000450000007d00730001000100000800ffffffffffffff0000ff0000bad675f6dbf2"),
        ]);

    public static AleTrace BreakoutSticky { get; } = new(
        "breakout", "f34f08e5eb96e500e851a80be3277a56", StickyProbability: 0.25, RandomSeed: 7, Steps: 2000, TotalReward: 2,
        GameOverSteps: [794, 1292, 1794],
        Checkpoints:
        [
            new AleCheckpoint(AleTraceLine.Reset, 0, EpisodeFrame: 0, Frame: 0, Lives: 5, ScreenHash: 0xee22a62345bb4a25UL,
                Ram: "3f3f3f3f3f3fffffffffffffffffffffffffffffffffffffffffffffffffc0c0c0c0c0c0fffffffffffffffffffffffffff00000ff0000f000050000060046b686c6162636465806920008000000000000f100f200f219f105f20000ff00e4000000000000000000000000000800ffffffffffffff0000050000bad675f6dbf2"),
            new AleCheckpoint(AleTraceLine.Step, 0, EpisodeFrame: 1, Frame: 1, Lives: 5, ScreenHash: 0xee22a62345bb4a25UL,
                Ram: "3f3f3f3f3f3fffffffffffffffffffffffffffffffffffffffffffffffffc0c0c0c0c0c0fffffffffffffffffffffffffff00000ff0000f000050000060046b686c6162636465805920007000000000000f100f200f219f105f20100ff00e3000000000000000000000000000800ffffffffffffff0000050000bad675f6dbf2"),
            new AleCheckpoint(AleTraceLine.Step, 999, EpisodeFrame: 205, Frame: 1000, Lives: 3, ScreenHash: 0x1b84c020cb29bea5UL,
                Ram: "3f3f3f3f3f3fffffffffffffffffffffffffffffffffffffffffffffffffc0c0c0c0c0c0fffffffffffffffffffffffffff00000ff0000f000030000060046b686c6162636467a067a00040d0000000000f100f200f20ff105f2cd00ff0000400000005000000000000000000800ffffffffffffff0000ff0000bad675f6dbf2"),
            new AleCheckpoint(AleTraceLine.Reset, 795, EpisodeFrame: 0, Frame: 795, Lives: 5, ScreenHash: 0xee22a62345bb4a25UL,
                Ram: "3f3f3f3f3f3fffffffffffffffffffffffffffffffffffffffffffffffffc0c0c0c0c0c0fffffffffffffffffffffffffff00000ff0000f000050000060046b686c6162636465806920008000000000000f100f200f219f105f20000ff00e4000000000000000000000000000800ffffffffffffff0000050000bad675f6dbf2"),
            new AleCheckpoint(AleTraceLine.Step, 1999, EpisodeFrame: 205, Frame: 2000, Lives: 3, ScreenHash: 0x798fb1f8e3e1a025UL,
                Ram: "3f3f3f3f3f3fffffffffffffffffffffffffffffffffffffffffffffffffc0c0c0c0c0c0fffffffffffffffffffffffffff00000ff0000f000030000060046b686c616263646ac064300040d0000000000f100f200f20ff105f2cd00ff000045000000bd00730001000100000800ffffffffffffff0000ff0000bad675f6dbf2"),
        ]);

    public static AleTrace BoxingNoSticky { get; } = new(
        "boxing", "c3ef5c4653212088eda54dc91d787870", StickyProbability: 0, RandomSeed: 0, Steps: 2000, TotalReward: -2,
        GameOverSteps: [],
        Checkpoints:
        [
            new AleCheckpoint(AleTraceLine.Reset, 0, EpisodeFrame: 0, Frame: 0, Lives: 0, ScreenHash: 0xbe5f4ef95df9f2fbUL,
                Ram: "440c0028d6030ef410f40df40ff4ffa01b5900003b00000008000800080008001e6d045700f500f700f500f600ff4800122014020000000000000000000000045704152604576879575f9fbf005f9fbf0000000000d0002b00013e0000006610061e04800080008000990080008000fe008c00000078f36d56f368783ff6eef0"),
            new AleCheckpoint(AleTraceLine.Step, 0, EpisodeFrame: 1, Frame: 1, Lives: 0, ScreenHash: 0xbe5f4ef95df9f2fbUL,
                Ram: "450c0028d6030ef410f40df40ff45fa01b5900003b00000008000800080008001e6d045700f500f700f500f600ff4800122014020000000000000000000000045704152604576879575f9fbf005f9fbf0000000000d0002b00013f000000cc10061e04800080008000910080008000fe009900000078f36d56f368783ff6eef0"),
            new AleCheckpoint(AleTraceLine.Step, 999, EpisodeFrame: 1000, Frame: 1000, Lives: 0, ScreenHash: 0xf5ed85ba9a716039UL,
                Ram: "2c0c0028d6030ef410f40df40ff46fe01b4302051400040048004800480048002846473e00f500f700f500f600ff4800120014000000000c00000000001400473e475869473e4f603e6f9fbf005f9fcf0000010000d0002b00013f0000690106102946800000008f0090000000fe00fe007f00000078f34656f34f783ff6eef0"),
            new AleCheckpoint(AleTraceLine.Step, 1999, EpisodeFrame: 2000, Frame: 2000, Lives: 0, ScreenHash: 0x33a02773efb4f605UL,
                Ram: "140c0028d6030ef410f40df40ff49f501b2605072800080038003800380038001f324e4a00f500f700f500f600ff3800120014000001001a000200000048004e4a4e5f704e4a5b6c4a6f9fbf005f9fef0000000400d0002b00013f0000815138151f50800080008400bf0000000000fe007f00000078f33256f35b783ff6eef0"),
        ]);

    public static AleTrace BoxingSticky { get; } = new(
        "boxing", "c3ef5c4653212088eda54dc91d787870", StickyProbability: 0.25, RandomSeed: 7, Steps: 2000, TotalReward: -1,
        GameOverSteps: [],
        Checkpoints:
        [
            new AleCheckpoint(AleTraceLine.Reset, 0, EpisodeFrame: 0, Frame: 0, Lives: 0, ScreenHash: 0xbe5f4ef95df9f2fbUL,
                Ram: "440c0028d6030ef410f40df40ff4ffa01b5900003b00000008000800080008001e6d045700f500f700f500f600ff4800122014020000000000000000000000045704152604576879575f9fbf005f9fbf0000000000d0002b00013e0000006610061e04800080008000990080008000fe008c00000078f36d56f368783ff6eef0"),
            new AleCheckpoint(AleTraceLine.Step, 0, EpisodeFrame: 1, Frame: 1, Lives: 0, ScreenHash: 0xbe5f4ef95df9f2fbUL,
                Ram: "450c0028d6030ef410f40df40ff4ffa01b5900003b00000008000800080008001e6d045700f500f700f500f600ff4800122014020000000000000000000000045704152604576879575f9fbf005f9fbf0000000000d0002b00013f000000cc10061e04800080008000910080008000fe009900000078f36d56f368783ff6eef0"),
            new AleCheckpoint(AleTraceLine.Step, 999, EpisodeFrame: 1000, Frame: 1000, Lives: 0, ScreenHash: 0x7bc3d31b890d6d23UL,
                Ram: "2c0c0028d6030ef410f40df40ff4afe01b4302021400040048004800480048002845030b00f500f700f500f600ff4800120014000000000000460000000000030b031425030b1c2d0b5f9fef005f9fbf0000000600d0002b00013f0000690106102803800080008e008e00fe000000fe00fe00000078f34556f31c783ff6eef0"),
            new AleCheckpoint(AleTraceLine.Step, 1999, EpisodeFrame: 2000, Frame: 2000, Lives: 0, ScreenHash: 0x6d6b43ebb8cdabc3UL,
                Ram: "140c0028d6030ef410f40df40ff49fd01b2602032800080048004800480048001e40261f00f500f700f500f600ff4800120014000000003c00000000000800261f263748261f30411f7f9fbf005f9fcf0000000600d0002b00013f0000815138151e278000800084007f000000fe00fe00fe00000078f34056f330783ff6eef0"),
        ]);

    public static AleTrace FreewayNoSticky { get; } = new(
        "freeway", "8e0ab801b1705a740b476b7f588c6d16", StickyProbability: 0, RandomSeed: 0, Steps: 2000, TotalReward: 0,
        GameOverSteps: [],
        Checkpoints:
        [
            new AleCheckpoint(AleTraceLine.Reset, 0, EpisodeFrame: 0, Frame: 0, Lives: 0, ScreenHash: 0x4a63e8ad440a961fUL,
                Ram: "000184000f0f00ff4a1e0c0600080606ffff07071a00ff5040302010102030405001010101010000000000606060606060606060605050505050505050505050505050505050505050505050501ad8448824824a12dc42bdf750f750f750f750f700f700f7000000000000000000000000000000000060000000000057f64bf4"),
            new AleCheckpoint(AleTraceLine.Step, 0, EpisodeFrame: 1, Frame: 1, Lives: 0, ScreenHash: 0xefe28584f45ab59fUL,
                Ram: "000284000d0f00ff4a1e0c0600080606ffff07071a00ff504030201090a0b0c0d0000000000000010203046060606060dadadadada7a8a505050505050505050505050505050505050505050501ad8448824824a12dc42bdf77af77af750f750f700f700f70000000000000000000000009f9f9f9f9fd010050050ff57f64bf4"),
            new AleCheckpoint(AleTraceLine.Step, 999, EpisodeFrame: 1000, Frame: 1000, Lives: 0, ScreenHash: 0x9aca5c7ed6b3d04fUL,
                Ram: "00e94f000d0f00ff4a1e0c0600080f06ffff07071a00ff50c030201090a0b040d001010001000000020000c2669011d26819b9c4687181505050505050505050505050505050505050505050501ad8448824824a12dc42bdf771f77af750f750f700f700f700000000030000285a0d1427788c9246786010052850ff57f64bf4"),
            new AleCheckpoint(AleTraceLine.Step, 1999, EpisodeFrame: 2000, Frame: 2000, Lives: 0, ScreenHash: 0xa4871a7622139f11UL,
                Ram: "00d113000f0f00ff4a1e0c0600080a06ffff07071a00ff504030201010a0b0c050010102010000000100001511a1c22515689819155666505050505050505050505050505050505050505050501ad8448824824a12dc42bdf756f77af750f750f700f700f70000000007000050141b284f5078858c501010055050ff57f64bf4"),
        ]);

    public static AleTrace FreewaySticky { get; } = new(
        "freeway", "8e0ab801b1705a740b476b7f588c6d16", StickyProbability: 0.25, RandomSeed: 7, Steps: 2000, TotalReward: 0,
        GameOverSteps: [],
        Checkpoints:
        [
            new AleCheckpoint(AleTraceLine.Reset, 0, EpisodeFrame: 0, Frame: 0, Lives: 0, ScreenHash: 0x4a63e8ad440a961fUL,
                Ram: "000184000f0f00ff4a1e0c0600080606ffff07071a00ff5040302010102030405001010101010000000000606060606060606060605050505050505050505050505050505050505050505050501ad8448824824a12dc42bdf750f750f750f750f700f700f7000000000000000000000000000000000060000000000057f64bf4"),
            new AleCheckpoint(AleTraceLine.Step, 0, EpisodeFrame: 1, Frame: 1, Lives: 0, ScreenHash: 0xefe28584f45ab59fUL,
                Ram: "000284000f0f00ff4a1e0c0600080606ffff07071a00ff504030201090a0b0c0d0000000000000010203046060606060dadadadada7a8a505050505050505050505050505050505050505050501ad8448824824a12dc42bdf77af77af750f750f700f700f70000000000000000000000009f9f9f9f9fd010050050ff57f64bf4"),
            new AleCheckpoint(AleTraceLine.Step, 999, EpisodeFrame: 1000, Frame: 1000, Lives: 0, ScreenHash: 0xd0bb0f49925a3de7UL,
                Ram: "00e94f000e0f00ff4a1e0c060008120600ff87071a00ff50c030201090a0b040d001010001000000020000c2669011d26819b9c468505e6e5050505050505050505050505050505050505050501ad8448824824a12dc42bdf750f77af750f750f700f700f700000000030000285a0d1427788c9246786010052850ff57f64bf4"),
            new AleCheckpoint(AleTraceLine.Step, 1999, EpisodeFrame: 2000, Frame: 2000, Lives: 0, ScreenHash: 0x6f0731a3551aa359UL,
                Ram: "00d113000f0f00ff4a1e0c0600080c06ffff07071a00ff504030201010a0b0c050010102010000000100001511a1c22515689819157484505050505050505050505050505050505050505050501ad8448824824a12dc42bdf774f77af750f750f700f700f70000000007000050141b284f5078858c501010055050ff57f64bf4"),
        ]);

    public static AleTrace SpaceInvadersNoSticky { get; } = new(
        "space_invaders", "61dbe94f110f30ca4ec524ae5ce2d026", StickyProbability: 0, RandomSeed: 0, Steps: 2000, TotalReward: 210,
        GameOverSteps: [],
        Checkpoints:
        [
            new AleCheckpoint(AleTraceLine.Reset, 0, EpisodeFrame: 0, Frame: 0, Lives: 3, ScreenHash: 0xc16241460ac99095UL,
                Ram: "00070044f1a222b7440d7cffff32ffff00243f3f3f3f3f3f5200172b2375b400243f3f3f3f3f3f6e0017013c7e7e7e7effffffc33c7e7e7e7effffffc33c7e7e7e7effffffc30000300381000000000000f6f63f3ff6f63f3f001518003452c4f6140700e20000000000153f0080ab00ff00bd000000000063ff0000ebfec0f2"),
            new AleCheckpoint(AleTraceLine.Step, 0, EpisodeFrame: 1, Frame: 1, Lives: 3, ScreenHash: 0xc16241460ac99095UL,
                Ram: "00800044f1a222b7440d7cffff32ffff00243f3f3f3f3f3f5200172b2375b400243f3f3f3f3f3f6e0017013c7e7e7e7effffffc33c7e7e7e7effffffc33c7e7e7e7effffffc30000700380000000000000f6f63f3ff6f63f3f001518003452c4f6140700e20000000000153f00807f00b400bd000000000063ff0000ebfec0f2"),
            new AleCheckpoint(AleTraceLine.Step, 999, EpisodeFrame: 1000, Frame: 1000, Lives: 2, ScreenHash: 0x5715ea7580b64cedUL,
                Ram: "000700a263a2e2b792ec7c09ff32ffff001c3c3c3c3d3d3f52002e2b2775b400243f3f3f3f3f3f6e0017003470783a3a38a030003c7e7e7e7effffffc3387a7e7e7e7f7fffc30300f0025f0103020508082d4d313e51f62b2c507d18003452c4f6140700e200010005007d3f0000bfffff00bd000000000000fc0000dbfbc0f2"),
            new AleCheckpoint(AleTraceLine.Step, 1999, EpisodeFrame: 2000, Frame: 2000, Lives: 1, ScreenHash: 0x3878e573b6a5c1a5UL,
                Ram: "000700d264a2f2b754207cffff52ffff05180f0f0f0f0f0f51003d2b2675b400243f3f3f3f3f3f6e0017003070783838380010000c5e7e7e7effffffc3387a7e7e7e7e7efec203007001f10003004d00104757614209f6283e503618003452c4f6140700e20002001000360f0000bfffff00bd000000000000fc000094fdc0f2"),
        ]);

    public static AleTrace SpaceInvadersSticky { get; } = new(
        "space_invaders", "61dbe94f110f30ca4ec524ae5ce2d026", StickyProbability: 0.25, RandomSeed: 7, Steps: 2000, TotalReward: 185,
        GameOverSteps: [],
        Checkpoints:
        [
            new AleCheckpoint(AleTraceLine.Reset, 0, EpisodeFrame: 0, Frame: 0, Lives: 3, ScreenHash: 0xc16241460ac99095UL,
                Ram: "00070044f1a222b7440d7cffff32ffff00243f3f3f3f3f3f5200172b2375b400243f3f3f3f3f3f6e0017013c7e7e7e7effffffc33c7e7e7e7effffffc33c7e7e7e7effffffc30000300381000000000000f6f63f3ff6f63f3f001518003452c4f6140700e20000000000153f0080ab00ff00bd000000000063ff0000ebfec0f2"),
            new AleCheckpoint(AleTraceLine.Step, 0, EpisodeFrame: 1, Frame: 1, Lives: 3, ScreenHash: 0xc16241460ac99095UL,
                Ram: "00800044f1a222b7440d7cffff32ffff00243f3f3f3f3f3f5200172b2375b400243f3f3f3f3f3f6e0017013c7e7e7e7effffffc33c7e7e7e7effffffc33c7e7e7e7effffffc30000700380000000000000f6f63f3ff6f63f3f001518003452c4f6140700e20000000000153f0080ff00b400bd000000000063ff0000ebfec0f2"),
            new AleCheckpoint(AleTraceLine.Step, 999, EpisodeFrame: 1000, Frame: 1000, Lives: 2, ScreenHash: 0x8040113f0c840435UL,
                Ram: "0007007363a2d2b7d2faf609ff32ffff001e3c3c3e3e3f3f52002e2b2875b400243f3f3f3f3f3f6e0017001c5e7e7e5a888202823c7e7e7e7effffffc33c7e7e7e7e7f7fffc30200b002590003000100041a32323055f62d2850e318003452c4f6140700e20000006500e33f0000bfffff00bd000000000000fc0000dbfbc0f2"),
            new AleCheckpoint(AleTraceLine.Step, 1999, EpisodeFrame: 2000, Frame: 2000, Lives: 2, ScreenHash: 0xa2555af51acc94edUL,
                Ram: "000700c2e2a202b7d2ec7cffff42ffff05191e1e1e1e1f1e5000272b2575b400243f3f3f3f3f3f6e0017000000000000888000023c7e7e7e7effffffc31c5e7e7e7e7f7fffc3040050027100030005000856662e2f51f6292850f818003452c4f6140700e20001008500f81f0000bfffff00bd000000000000fc0000dbfbc0f2"),
        ]);

    /// <summary>The trace of property <paramref name="name"/>.</summary>
    public static AleTrace Named(string name) =>
        (AleTrace)(typeof(AleTraces).GetProperty(name)?.GetValue(null) ?? throw new ArgumentException($"AleTraces has no trace named {name}.", nameof(name)));
}
