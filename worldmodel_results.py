"""Benchmarks the field uses and the results of works on the map, each with its source (issue 23).

Every value is quoted as the source prints it (as a string, so "4.30" keeps its zero). Where a source prints
the same metric in another form than the benchmark's unit (Atari 100k: some abstracts print 1.046 for 104.6 %),
`printed` keeps the source's own form and the note says so. `model`/`date` name a later version than the
entry's first release. What was checked, and what was left out because no readable source states it:
docs/sources/results_2026-12_notes.md.
"""

BENCHMARKS = [
    dict(id="atari100k-mean", name="Atari 100k (mean HNS)", metric="mean human-normalised score", unit="%",
         higher_is_better=True, range=(-100, None),
         task="Sample-efficient RL on Atari",
         dataset="26 Atari 2600 games, 100k agent steps (400k frames, about 2 hours of play) per game",
         protocol=("The game set of Kaiser et al. (SimPLe); per-game score "
                   "normalised as (agent - random)/(human - random); mean over the 26 games. 100 % = human level. "
                   "Numbers are comparable when they use the 26-game set and the 100k-step budget; methods with "
                   "look-ahead search (MCTS, e.g. EfficientZero) are a separate class, as the papers themselves say. "
                   "Seeds and evaluation episodes differ between papers."),
         url="https://arxiv.org/abs/1903.00374"),
    dict(id="atari100k-median", name="Atari 100k (median HNS)", metric="median human-normalised score", unit="%",
         higher_is_better=True, range=(-100, None),
         task="Sample-efficient RL on Atari",
         dataset="26 Atari 2600 games, 100k agent steps (400k frames) per game",
         protocol=("Same games, budget and normalisation as the mean record; the median over the 26 per-game "
                   "human-normalised scores (less sensitive to a few games with very high scores). 100 % = human level."),
         url="https://arxiv.org/abs/1903.00374"),
    dict(id="physics-iq-i2v", name="Physics-IQ (image-to-video)", metric="Physics-IQ score", unit="%",
         higher_is_better=True, range=(0, 100),
         task="Physical understanding of generative video models",
         dataset="Physics-IQ: 66 real filmed physical scenarios x 3 views x 2 takes; models continue from the switch frame",
         protocol=("Model is given the last frame before the physical event (image-to-video, i2v) and generates 5 s; "
                   "motion masks of the generated video are compared with the real continuation (spatial IoU, "
                   "spatiotemporal IoU, weighted spatial IoU, MSE) and combined into one score normalised so that the "
                   "difference between two real takes ('physical variance') = 100 %. Only i2v rows are comparable "
                   "with each other; multiframe (v2v, 3 s of conditioning video) rows are a different setting and "
                   "are not in this record. Paper results were finalised on 2025-02-19 (official leaderboard)."),
         url="https://arxiv.org/abs/2501.09038"),
    dict(id="worldscore-static", name="WorldScore (static average)", metric="WorldScore average (static)", unit="",
         higher_is_better=True, range=(0, 100),
         task="World generation following camera-trajectory layouts",
         dataset="WorldScore benchmark: 3,000 test examples (static/dynamic, indoor/outdoor, photorealistic/stylized)",
         protocol=("World generation decomposed into next-scene generation with camera-trajectory layouts; the "
                   "static WorldScore average combines seven aspects: camera control, object control, content "
                   "alignment, 3D consistency, photometric consistency, style consistency and subjective quality "
                   "(the columns of the table these numbers come from). Comparable when computed with the official "
                   "WorldScore code on the official test set."),
         url="https://arxiv.org/abs/2504.00983"),
    dict(id="vbench-total", name="VBench (total score)", metric="VBench total score", unit="%",
         higher_is_better=True, range=(0, 100),
         task="Text-to-video generation quality",
         dataset="VBench prompt suite (16 evaluation dimensions)",
         protocol=("VBench Total Score = weighted average of the Quality Score and the Semantic Score over the VBench "
                   "dimensions (official VBench scripts). Comparable when the same prompt set is used: papers and the "
                   "leaderboard mix the original prompts and longer/extended prompts, which changes the score; "
                   "each result's note says which was used where the source states it."),
         url="https://arxiv.org/abs/2311.17982"),
    dict(id="videophy-human", name="VideoPhy (human eval, SA=1 & PC=1)", metric="% of prompts with SA=1 and PC=1",
         unit="%", higher_is_better=True, range=(0, 100),
         task="Physical commonsense in text-to-video generation",
         dataset="VideoPhy test set: 688 captions of material interactions (solid-solid, solid-fluid, fluid-fluid)",
         protocol=("Human annotators judge each generated video for semantic adherence to the caption (SA) and "
                   "physical commonsense (PC); the score is the percentage of test prompts whose video gets both "
                   "SA=1 and PC=1 (the ranking column of the official human leaderboard). T2I2V rows generate an "
                   "image first and animate it. Human and automatic (VideoCon-Physics) leaderboards are not comparable."),
         url="https://arxiv.org/abs/2406.03520"),
    dict(id="videophy2-human", name="VideoPhy-2 (human eval, joint)", metric="joint performance, % of prompts with SA>=4 and PC>=4",
         unit="%", higher_is_better=True, range=(0, 100),
         task="Action-centric physical commonsense in text-to-video generation",
         dataset="VideoPhy-2 test set (200 actions, detailed prompts); 'All' split (a 'Hard' subset is reported separately)",
         protocol=("Human annotators rate semantic adherence (SA) and physical commonsense (PC) of each generated "
                   "video; joint performance = percentage of test prompts whose video has SA>=4 and PC>=4 "
                   "(official human leaderboard, column 'All'). The Hard-subset column is a different number and is "
                   "not used here."),
         url="https://arxiv.org/abs/2503.06800"),
    dict(id="calvin-abc-d", name="CALVIN ABC→D (avg. length)", metric="average number of completed tasks in a 5-task chain",
         unit="", higher_is_better=True, range=(0, 5),
         task="Long-horizon language-conditioned robot manipulation (simulation)",
         dataset="CALVIN: train on environments A, B, C; test zero-shot on environment D; 1000 instruction chains of 5 tasks",
         protocol=("Policy must solve 5 language instructions in a row in the unseen environment D; 'Avg. Len.' is "
                   "the mean number of consecutive tasks completed (0-5) over 1000 chains. Only the ABC→D split is "
                   "in this record (ABCD→D and D→D are easier and not comparable). CALVIN's README warns that ABC and "
                   "ABCD data downloaded before a fix had wrong language annotations / scene info. Released-checkpoint numbers in a "
                   "README can differ slightly from the paper's table; both are kept when they disagree."),
         url="https://arxiv.org/abs/2112.03227"),
]

_IRIS = ("IRIS, ICLR 2023, arXiv 2209.00588", "https://arxiv.org/abs/2209.00588")
_DIAMOND = ("DIAMOND, NeurIPS 2024, arXiv 2405.12399", "https://arxiv.org/abs/2405.12399")
_STORM = ("STORM, NeurIPS 2023 (proceedings abstract)",
          "https://papers.nips.cc/paper_files/paper/2023/hash/5647763d4245b23e6a1cb0a8947b38c9-Abstract-Conference.html")
_TWISTER = ("TWISTER, ICLR 2025, arXiv 2503.04416", "https://arxiv.org/abs/2503.04416")
_EZ = ("EfficientZero, NeurIPS 2021, arXiv 2111.00210", "https://arxiv.org/abs/2111.00210")
_EZ_V1 = ("EfficientZero, arXiv 2111.00210v1 (first version)", "https://arxiv.org/abs/2111.00210v1")
_SPR = ("SPR, ICLR 2021, arXiv 2007.05929", "https://arxiv.org/abs/2007.05929")
_DART = ("DART, ICML 2024, arXiv 2406.01361", "https://arxiv.org/abs/2406.01361")
_PIQ = ("Physics-IQ official leaderboard (google-deepmind/physics-IQ-benchmark README); paper arXiv 2501.09038",
        "https://github.com/google-deepmind/physics-IQ-benchmark")
_VOYAGER = ("HunyuanWorld-Voyager official repo README (Chinese-language README, table 'WorldScore Benchmark'; tech report arXiv 2506.04225)",
            "https://github.com/Tencent-Hunyuan/HunyuanWorld-Voyager")
_SKYREELS = ("SkyReels-V2 official repo README, VBench table (tech report arXiv 2504.13074)",
             "https://github.com/SkyworkAI/SkyReels-V2")
_VIDEOPHY = ("VideoPhy official repo README, Human LeaderBoard (paper arXiv 2406.03520)",
             "https://github.com/Hritikbansal/videophy")

_VIDEOPHY2 = ("VideoPhy-2 official README, Human LeaderBoard (VIDEOPHY2/README.md; paper arXiv 2503.06800, ICLR 2026)",
              "https://github.com/Hritikbansal/videophy/tree/main/VIDEOPHY2")
_FLOWER = ("FLOWER official repo README, CALVIN table (CoRL 2025, arXiv 2509.04996)",
           "https://github.com/intuitive-robots/flower_vla_calvin")

_FRACTION = "the source prints the score as a fraction (1 = human level); shown here in per cent"

# Release months of later versions (`date`): Sora 2, 2025-09 (OpenAI's "Sora 2 is here", 30 Sep 2025);
# OpenSora 2.0, 2025-03 (tech report arXiv 2503.09642). CogVideoX1.5 and Open-Sora 1.2: no checked source for the
# month, so no `date` (the chart places them at the entry's date; the label names the model).
RESULTS = [
    # ---------------- Atari 100k, mean HNS ----------------
    dict(entry="iris", benchmark="atari100k-mean", value="104.6", printed="1.046",
         source=_IRIS, where="Abstract", reported_by="own paper", note=_FRACTION),
    dict(entry="diamond", benchmark="atari100k-mean", value="146", printed="1.46",
         source=_DIAMOND, where="Abstract", reported_by="own paper",
         note="agent trained entirely inside the diffusion world model; " + _FRACTION),
    dict(entry="storm", benchmark="atari100k-mean", value="126.7",
         source=_STORM, where="Abstract", reported_by="own paper"),
    dict(entry="twister", benchmark="atari100k-mean", value="162",
         source=_TWISTER, where="Abstract", reported_by="own paper"),
    dict(entry="efficientzero", benchmark="atari100k-mean", value="194.3",
         source=_EZ, where="Abstract (NeurIPS 2021 / revised arXiv version)", reported_by="own paper",
         note="EfficientZero V1; uses MCTS look-ahead search. The first arXiv version printed 190.4% "
              "(kept as a separate row)."),
    dict(entry="efficientzero", benchmark="atari100k-mean", value="190.4",
         source=_EZ_V1, where="Abstract of arXiv v1 (Oct 2021), as quoted in the linkpost "
                              "https://www.lesswrong.com/posts/jYNT3Qihn2aAYaaPb",
         reported_by="own paper",
         note="first arXiv version; superseded by 194.3% in the NeurIPS 2021 version (sources disagree, both kept)."),
    # ---------------- Atari 100k, median HNS ----------------
    dict(entry="spr", benchmark="atari100k-median", value="41.5", printed="0.415",
         source=_SPR, where="Abstract", reported_by="own paper", note="full SPR (future prediction + augmentation); " + _FRACTION),
    dict(entry="dart", benchmark="atari100k-median", value="79.0", printed="0.790",
         source=_DART, where="Abstract", reported_by="own paper", note=_FRACTION),
    dict(entry="efficientzero", benchmark="atari100k-median", value="109.0",
         source=_EZ, where="Abstract (NeurIPS 2021 / revised arXiv version)", reported_by="own paper",
         note="EfficientZero V1; uses MCTS look-ahead search. The first arXiv version printed 116.0% "
              "(kept as a separate row)."),
    dict(entry="efficientzero", benchmark="atari100k-median", value="116.0",
         source=_EZ_V1, where="Abstract of arXiv v1 (Oct 2021), as quoted in the linkpost "
                              "https://www.lesswrong.com/posts/jYNT3Qihn2aAYaaPb",
         reported_by="own paper",
         note="first arXiv version; superseded by 109.0% in the NeurIPS 2021 version (sources disagree, both kept)."),
    # ---------------- Physics-IQ (i2v) ----------------
    dict(entry="sora", benchmark="physics-iq-i2v", value="10.0", model="Sora",
         source=_PIQ, where="Leaderboard row 'Sora', reported in arXiv 2501.09038", reported_by="benchmark authors",
         note="Sora (2024), image-to-video"),
    dict(entry="videopoet", benchmark="physics-iq-i2v", value="20.3",
         source=_PIQ, where="Leaderboard row 'VideoPoet' (i2v), reported in arXiv 2501.09038",
         reported_by="benchmark authors",
         note="i2v setting; the same leaderboard lists VideoPoet multiframe (v2v) at 29.5 %, a different setting"),
    dict(entry="lumiere", benchmark="physics-iq-i2v", value="19.0",
         source=_PIQ, where="Leaderboard row 'Lumiere' (i2v), reported in arXiv 2501.09038",
         reported_by="benchmark authors",
         note="i2v setting; the same leaderboard lists Lumiere multiframe (v2v) at 23.0 %, a different setting"),
    dict(entry="svd", benchmark="physics-iq-i2v", value="14.8",
         source=_PIQ, where="Leaderboard row 'Stable Video Diffusion', reported in arXiv 2501.09038",
         reported_by="benchmark authors"),
    dict(entry="sora", benchmark="physics-iq-i2v", value="42.3", model="Sora 2", date="2025-09",
         source=("Inference-time Physics Alignment of Video Generative Models with Latent World Models (WMReward), Yuan et al., arXiv 2601.10553; row added to the official Physics-IQ leaderboard 2026-04-01",
                 "https://arxiv.org/abs/2601.10553"),
         where="Official leaderboard row 'Sora2' (github.com/google-deepmind/physics-IQ-benchmark), reported in arXiv 2601.10553",
         reported_by="WMReward (Yuan et al., arXiv 2601.10553), listed on the benchmark authors' leaderboard",
         note="Sora 2 (2025), not the 2024 Sora model; plain model, not the +WMReward best-of-N row (46.4 %)"),
    dict(entry="cogvideox", benchmark="physics-iq-i2v", value="32.3",
         source=("ved015/CogVideoX-5b-Physics_iq_benchmarking (row on the official Physics-IQ leaderboard, added 2026-01-06)",
                 "https://github.com/ved015/CogVideoX-5b-Physics_iq_benchmarking"),
         where="Official leaderboard row 'CogVideoX-5b' (github.com/google-deepmind/physics-IQ-benchmark)",
         reported_by="community run (GitHub repo ved015), accepted on the benchmark authors' leaderboard",
         note="CogVideoX-5b, i2v; third-party run, not from a paper"),
    # ---------------- WorldScore (static average) ----------------
    dict(entry="voyager", benchmark="worldscore-static", value="77.62",
         source=_VOYAGER, where="README 'Performance' table (WorldScore Benchmark), column 'WorldScore Average'",
         reported_by="own paper", note="from the work's official README (same team as the tech report)"),
    dict(entry="wonderworld", benchmark="worldscore-static", value="72.69",
         source=_VOYAGER, where="README 'Performance' table (WorldScore Benchmark), column 'WorldScore Average'",
         reported_by="HunyuanWorld-Voyager (arXiv 2506.04225)", note="reported by a later paper"),
    dict(entry="wonderjourney", benchmark="worldscore-static", value="63.75",
         source=_VOYAGER, where="README 'Performance' table (WorldScore Benchmark), column 'WorldScore Average'",
         reported_by="HunyuanWorld-Voyager (arXiv 2506.04225)", note="reported by a later paper"),
    dict(entry="cogvideox", benchmark="worldscore-static", value="62.15",
         source=_VOYAGER, where="README 'Performance' table (WorldScore Benchmark), column 'WorldScore Average'",
         reported_by="HunyuanWorld-Voyager (arXiv 2506.04225)", note="CogVideoX-I2V; reported by a later paper"),
    # ---------------- VBench total ----------------
    dict(entry="skyreels-v2", benchmark="vbench-total", value="83.9",
         source=_SKYREELS, where="README 'VBench' table, column 'Total Score'", reported_by="own paper",
         note="VBench longer-version prompts"),
    dict(entry="wan", benchmark="vbench-total", value="83.7",
         source=_SKYREELS, where="README 'VBench' table, column 'Total Score'", reported_by="SkyReels-V2 (arXiv 2504.13074)",
         note="Wan2.1-14B; VBench longer-version prompts; reported by a later paper"),
    dict(entry="hunyuanvideo", benchmark="vbench-total", value="82.7",
         source=_SKYREELS, where="README 'VBench' table, column 'Total Score'", reported_by="SkyReels-V2 (arXiv 2504.13074)",
         note="HunyuanVideo-13B; VBench longer-version prompts; reported by a later paper"),
    dict(entry="open-sora", benchmark="vbench-total", value="81.5", model="OpenSora 2.0", date="2025-03",
         source=_SKYREELS, where="README 'VBench' table, column 'Total Score'", reported_by="SkyReels-V2 (arXiv 2504.13074)",
         note="OpenSora 2.0 (a later version of the Open-Sora line); VBench longer-version prompts; reported by a later paper"),
    dict(entry="cogvideox", benchmark="vbench-total", value="80.3", model="CogVideoX1.5-5B",
         source=_SKYREELS, where="README 'VBench' table, column 'Total Score'", reported_by="SkyReels-V2 (arXiv 2504.13074)",
         note="CogVideoX1.5-5B; VBench longer-version prompts; reported by a later paper"),
    # ---------------- VideoPhy (human) ----------------
    dict(entry="cogvideox", benchmark="videophy-human", value="39.6",
         source=_VIDEOPHY, where="README 'Human LeaderBoard', column 'SA=1, PC=1'", reported_by="benchmark authors",
         note="CogVideoX-5B (added Oct 2024); CogVideoX-2B scores 18.6 on the same board"),
    dict(entry="lumiere", benchmark="videophy-human", value="9.0",
         source=_VIDEOPHY, where="README 'Human LeaderBoard', column 'SA=1, PC=1'", reported_by="benchmark authors",
         note="Lumiere-T2V; the Lumiere-T2I2V variant scores 12.5 on the same board"),
    dict(entry="svd", benchmark="videophy-human", value="11.9",
         source=_VIDEOPHY, where="README 'Human LeaderBoard', column 'SA=1, PC=1'", reported_by="benchmark authors",
         note="SVD-T2I2V (text-to-image, then Stable Video Diffusion animates the image)"),
    dict(entry="open-sora", benchmark="videophy-human", value="4.9",
         source=_VIDEOPHY, where="README 'Human LeaderBoard', column 'SA=1, PC=1'", reported_by="benchmark authors",
         note="OpenSora (version as evaluated in VideoPhy, 2024)"),
    dict(entry="open-sora", benchmark="vbench-total", value="79.23", model="Open-Sora 1.2",
         source=("Open-Sora 1.2 report, official repo docs/report_03.md", "https://github.com/hpcaitech/Open-Sora/blob/main/docs/report_03.md"),
         where="VBench table (row 'Open-Sora V1.2', column 'Total Score')", reported_by="own paper",
         note="Open-Sora V1.2 (the same table gives V1.0 75.91%); prompt set/resolution of the table not stated next to it "
              "(the report tracks VBench during training with 240p 2 s videos)"),
    dict(entry="causvid", benchmark="vbench-total", value="84.27",
         source=("CausVid, CVPR 2025, arXiv 2412.07772 (abstract, also in the official README)", "https://arxiv.org/abs/2412.07772"),
         where="Abstract ('total score of 84.27 on the VBench-Long benchmark')", reported_by="own paper",
         note="VBench-Long (the long-video variant of the VBench evaluation)"),
    # ---------------- VideoPhy-2 (human, All) ----------------
    dict(entry="wan", benchmark="videophy2-human", value="32.6",
         source=_VIDEOPHY2, where="Human LeaderBoard, column 'All'", reported_by="benchmark authors",
         note="Wan2.1-T2V-14B"),
    dict(entry="cogvideox", benchmark="videophy2-human", value="25.0",
         source=_VIDEOPHY2, where="Human LeaderBoard, column 'All'", reported_by="benchmark authors",
         note="CogVideoX-5B"),
    dict(entry="cosmos", benchmark="videophy2-human", value="24.1",
         source=_VIDEOPHY2, where="Human LeaderBoard, column 'All'", reported_by="benchmark authors",
         note="Cosmos-1.0-Diffusion-7B-Text2World"),
    dict(entry="sora", benchmark="videophy2-human", value="23.3",
         source=_VIDEOPHY2, where="Human LeaderBoard, column 'All'", reported_by="benchmark authors",
         note="OpenAI Sora, evaluated manually on a subset of 60 prompts through its UI (no API) — not the full test set"),
    dict(entry="hunyuanvideo", benchmark="videophy2-human", value="17.2",
         source=_VIDEOPHY2, where="Human LeaderBoard, column 'All'", reported_by="benchmark authors",
         note="HunyuanVideo-13B"),
    # ---------------- CALVIN ABC→D ----------------
    dict(entry="dreamvla", benchmark="calvin-abc-d", value="4.44",
         source=("DreamVLA, NeurIPS 2025, arXiv 2507.04447", "https://arxiv.org/abs/2507.04447"),
         where="Abstract ('4.44 average length on the CALVIN ABC-D benchmarks')", reported_by="own paper"),
    dict(entry="vpp", benchmark="calvin-abc-d", value="4.33",
         source=("Video Prediction Policy official repo README (ICML 2025, arXiv 2412.14803)",
                 "https://github.com/roboterax/video-prediction-policy"),
         where="README 'Project Overview' ('Avg.Len of 4.33 on Calvin abc benchmarks')", reported_by="own paper",
         note="the FLOWER README table lists VPP at 4.29 on ABC→D (sources disagree, both kept)"),
    dict(entry="vpp", benchmark="calvin-abc-d", value="4.29",
         source=_FLOWER, where="README 'Performance Comparison on CALVIN Challenges (1000 chains)', ABC→D row 'VPP'",
         reported_by="FLOWER (arXiv 2509.04996)", note="reported by a later paper; VPP's own README says 4.33"),
    dict(entry="seer", benchmark="calvin-abc-d", value="4.30",
         source=("Seer official repo README, Checkpoints table (ICLR 2025, arXiv 2412.15109)", "https://github.com/OpenRobotLab/Seer"),
         where="README 'Checkpoints' table, CALVIN ABC-D row ('Seer Large (Avg.Len. : 4.30)')", reported_by="own paper",
         note="Seer-Large released checkpoint; the base Seer checkpoint is listed at 3.98; the FLOWER table lists Seer at 4.28 "
              "(sources disagree, both kept)"),
    dict(entry="seer", benchmark="calvin-abc-d", value="4.28",
         source=_FLOWER, where="README 'Performance Comparison on CALVIN Challenges (1000 chains)', ABC→D row 'Seer'",
         reported_by="FLOWER (arXiv 2509.04996)", note="reported by a later paper; Seer's README lists 4.30 for Seer-Large"),
    dict(entry="gr1", benchmark="calvin-abc-d", value="3.06", printed="3.06±0.00",
         source=_FLOWER, where="README 'Performance Comparison on CALVIN Challenges (1000 chains)', ABC→D row 'GR-1'",
         reported_by="FLOWER (arXiv 2509.04996)", note="reported by a later paper (GR-1's own table not checked here)"),
]
