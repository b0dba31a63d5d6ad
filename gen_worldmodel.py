"""World-model landscape: the data (11 families, one dict per entry, typed edges) and which
animations explain them. Run it to regenerate the page:

    python3 gen_worldmodel.py            # writes robot_worldmodel.html
    python3 gen_worldmodel.py --check    # validates only
    python3 gen_worldmodel.py -o out.html

Families are organised equation-first (by training / inference mechanism), not by fame. The engine
(gen_landscape.py) knows nothing about world models; papers live in my_papers.py; each animation is
one JS file in worldmodel_anims/ named after its key.
"""
import os
import sys

import gen_landscape
import my_papers
import worldmodel_results

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "robot_worldmodel.html")
ANIMATION_DIR = os.path.join(HERE, "worldmodel_anims")

# The month every entry joined the map unless it says otherwise: an entry added later carries its own
# added="YYYY-MM" (readers see it marked "new" if it joined after their last visit).
ADDED_DEFAULT = "2026-11"

TITLE = "World Models — an interactive landscape"
SUBTITLE = ("From Dreamer and MuZero to JEPA, Genie and Sora-style simulators: "
            "how machines learn to imagine, organised by the equation they train.")

# ---------------------------------------------------------------------------
# Families (11) — organized by the training / inference equation, not fame.
# ---------------------------------------------------------------------------
# A family is (key, label, colour) or (key, label, colour, chapter): the chapter is what its panel teaches —
# `about` (3-5 sentences: what unites it, what separates it from its neighbours), `math` (its defining
# objective or inference rule), `anim` (+ `anim_params`), `start` (the entry to read first) and `axes`
# (2-4 ways its members differ, each value naming example entries of the family).
FAMILIES = [
    ("Latent", "Latent Imagination (RSSM)", "#2563eb", dict(
        about=("These models learn how the world changes with actions, most of them by compressing each observation "
               "into a compact latent state and learning to reconstruct the observations from it. Behaviour is then "
               "planned or learned inside imagined rollouts instead of the real environment. PlaNet's recurrent "
               "state-space model (RSSM), with a deterministic and a stochastic part, is the backbone of many members."
               " Unlike value-equivalent models they are trained to explain what they see, not only the rewards and "
               "values that planning needs."),
        math=(r"\begin{gathered}\max_\theta\;{\textstyle\sum_t}\mathbb{E}\big[\ln p_\theta(o_t,r_t\mid s_t)\big]-"
              r"\mathbb{E}\,\mathrm{KL}\big[q_\theta(s_t\mid s_{t-1},a_{t-1},o_t)\,\|\,p_\theta(s_t"
              r"\mid s_{t-1},a_{t-1})\big],\\\max_\phi\;\mathbb{E}_{p_\theta,\pi_\phi}\Big[{\textstyle\sum_{"
              r"\tau=t}^{t+H}}\gamma^{\tau-t}r_\tau\Big]\end{gathered}"),
        anim="dream", start="dreamer",
        axes=[dict(name="how it acts", values=[
                  ("plans in latent space (CEM)", ["planet"]),
                  ("learns a policy inside the dream", ["world-models", "dreamer", "daydreamer"]),
                  ("a manager sets latent goals for a worker", ["director"])]),
              dict(name="what the latent must explain", values=[
                  ("the pixels (reconstruction)", ["planet", "dreamer"]),
                  ("prototypes, no reconstruction", ["dreamerpro"]),
                  ("a separately learned visual representation", ["mwm"])]),
              dict(name="sequence model", values=[
                  ("a recurrent network", ["world-models", "planet", "dreamer"]),
                  ("a transformer", ["transdreamer", "twister", "dreamer4"]),
                  ("a state-space model", ["r2i"])]),
              dict(name="experience", values=[
                  ("online interaction", ["dreamer", "daydreamer"]),
                  ("action-free videos for pre-training", ["apv"]),
                  ("offline data only", ["dreamer4"])])])),
    ("Value", "Value-Equivalent Planning", "#0891b2", dict(
        about=("Value-equivalent models are trained to be right about what planning needs along the chosen actions "
               "(rewards, values and often the policy), not about every detail of the observations. Their state need "
               "not resemble the world; it only has to give the same answers as the real environment for those "
               "quantities. The learned model is used for look-ahead, most famously Monte-Carlo tree search in MuZero "
               "and its descendants, but also short-horizon trajectory optimisation in TD-MPC. Unlike "
               "latent-imagination models nothing ties them to the pixels, which is why some members add a "
               "self-supervised consistency loss (EfficientZero)."),
        math=(r"\begin{gathered}s^0=h_\theta(o_{\le t}),\;\;s^{k}=g_\theta(s^{k-1},a_{t+k-1}),\;\;(\hat r^k,"
              r"\hat v^k,\hat p^k)=f_\theta(s^k);\\\mathcal{L}=\sum_{k=0}^{K}\Big[\ell^r(u_{t+k},\hat r^k)+"
              r"\ell^v(z_{t+k},\hat v^k)+\ell^p(\pi_{t+k},\hat p^k)\Big]\end{gathered}"),
        anim="mcts", start="muzero",
        axes=[dict(name="how it looks ahead", values=[
                  ("tree search (MCTS)", ["muzero", "efficientzero", "stochastic-muzero"]),
                  ("sampled trajectories (MPPI) + terminal value", ["tdmpc"]),
                  ("a differentiable planner inside the network", ["vin", "treeqn"]),
                  ("no deep search: the model regularises the policy", ["muesli"])]),
              dict(name="which actions the search tries", values=[
                  ("all of them", ["muzero"]),
                  ("a sampled subset", ["sampled-muzero"]),
                  ("Gumbel top-k, halved sequentially", ["gumbel-muzero"]),
                  ("its own actions, then the dice (chance nodes)", ["stochastic-muzero"])]),
              dict(name="what the model must get right", values=[
                  ("reward, value and policy", ["muzero", "unizero"]),
                  ("Bellman updates for chosen policies and values (theory)", ["value-equivalence", "proper-ve"]),
                  ("plus a self-supervised consistency loss", ["efficientzero"])]),
              dict(name="experience", values=[
                  ("online interaction", ["muzero"]),
                  ("offline data, re-analysed with fresh search", ["muzero-unplugged"])])])),
    ("Token", "Autoregressive Token WMs", "#7c3aed", dict(
        about=("Token world models turn observations into sequences of discrete tokens, usually with a learned "
               "VQ-style tokenizer, and train a transformer to predict the next token (or a masked group of tokens) "
               "from the past tokens and actions. It is the language-model recipe applied to the world: one "
               "cross-entropy loss, one sequence model, and generation by sampling a token or a group of tokens at a "
               "time. Members differ in what they tokenize and in how many tokens they decode per step. Unlike "
               "diffusion simulators they sample discrete codes instead of denoising continuous latents, and unlike "
               "JEPA models they predict the observation's own codes, which a decoder turns back into frames."),
        math=(r"\begin{gathered}z_t=\mathrm{VQ}\big(E(o_t)\big)\in\{1,\dots,K\}^{n},\\\max_\theta\;\sum_t"
              r"\sum_{i=1}^{n}\log p_\theta\big(z_{t,i}\mid z_{<t},\,z_{t,<i},\,a_{<t},\,c\big)\end{gathered}"),
        anim="tokenfilm", start="iris",
        axes=[dict(name="what becomes tokens", values=[
                  ("video frames", ["videogpt", "iris"]),
                  ("states, actions and rewards", ["trajectory-transformer"]),
                  ("text, images and video in one stream", ["lwm", "emu3"])]),
              dict(name="tokens per step", values=[
                  ("one at a time", ["iris", "gaia1"]),
                  ("a frame's tokens in parallel", ["maskvit", "rem"]),
                  ("only what changed since the last frame", ["delta-iris"])]),
              dict(name="what it is for", values=[
                  ("an RL agent's imagination", ["iris", "twm", "storm"]),
                  ("a driving simulator", ["gaia1"]),
                  ("robot manipulation", ["ivideogpt"]),
                  ("general video generation", ["videogpt", "videopoet"])])])),
    ("JEPA", "JEPA / Latent Prediction", "#16a34a", dict(
        about=("JEPA-style models predict the representation of a hidden or future part of the input from a visible "
               "part, and measure the error in that representation space, with no pixel decoder. The target is the "
               "hidden part's embedding (from the same encoder, a moving average of it, or a frozen pre-trained one "
               "such as DINOv2), so the model can ignore detail it cannot predict. Something must keep the embeddings "
               "from collapsing to a constant: a moving-average target, a frozen encoder, negative examples or an "
               "explicit regulariser. Unlike token and diffusion models they cannot show the future they predict "
               "without a separate decoder; unlike value-equivalent models their targets come from the observations, "
               "not from rewards."),
        math=(r"\begin{gathered}\min_{\theta,\phi}\;\mathbb{E}\,\Big\|\,g_\phi\big(f_\theta(x),\,m_y,\,a\big)-"
              r"\mathrm{sg}\big[\bar f(y)\big]\Big\|,\\ y=\text{masked or future part of }x,\;\;\bar f="
              r"\text{EMA or frozen encoder}\end{gathered}"),
        anim="jepa", start="ijepa",
        axes=[dict(name="what is predicted", values=[
                  ("masked image blocks", ["ijepa"]),
                  ("masked space-time regions of video", ["vjepa", "vjepa2"]),
                  ("the next embedding, given an action", ["dino-wm", "pldm", "lewm"]),
                  ("the embedding of a text answer", ["vl-jepa"])]),
              dict(name="what stops collapse", values=[
                  ("a moving-average target encoder", ["spr", "ijepa", "vjepa"]),
                  ("a frozen DINOv2 encoder", ["dino-wm", "dino-foresight"]),
                  ("a regulariser on the embeddings", ["pldm", "lewm"])]),
              dict(name="what it is for", values=[
                  ("sample-efficient RL", ["spr"]),
                  ("features for downstream tasks", ["ijepa", "vjepa"]),
                  ("planning toward a goal embedding", ["dino-wm", "pldm", "vjepa2"]),
                  ("probing intuitive physics", ["vjepa-physics"])])])),
    ("VideoDiff", "Video Diffusion Simulators", "#db2777", dict(
        about=("Video diffusion simulators generate video by reversing a noising process: starting from noise, a "
               "network cleans a whole clip, or a compressed latent of it, step by step, conditioned on text, an image"
               " or actions. Most recent members denoise the latent of a video autoencoder with a diffusion "
               "transformer, and many train with flow matching, which learns a straight path from noise to data. The "
               "bet is that a model that generates realistic video at scale has learned how the world looks and moves."
               " Unlike token world models they refine continuous latents over many steps, and unlike playable worlds "
               "most generate a clip offline rather than frame by frame in response to a player."),
        math=(r"\begin{gathered}\min_\theta\;\mathbb{E}_{\tau,\epsilon}\big\|\epsilon-\epsilon_\theta(\mathbf{x}_"
              r"\tau,\tau,c)\big\|^2,\quad\mathbf{x}_\tau=\alpha_\tau\mathbf{x}_0+\sigma_\tau\epsilon\\"
              r"\text{or (flow matching)}\\\min_\theta\;\mathbb{E}\big\|v_\theta(\mathbf{x}_\tau,\tau,c)-(\epsilon-"
              r"\mathbf{x}_0)\big\|^2,\quad\mathbf{x}_0=\text{video or its latent},\;c=\text{text, image or actions}"
              r"\end{gathered}"),
        anim="denoise", start="vdm",
        axes=[dict(name="where it denoises", values=[
                  ("pixels", ["vdm", "imagen-video"]),
                  ("a video autoencoder's latent", ["svd", "sora", "wan"])]),
              dict(name="network", values=[
                  ("a U-Net extended in time", ["vdm", "lumiere", "svd"]),
                  ("a diffusion transformer", ["sora", "cogvideox", "wan"])]),
              dict(name="objective", values=[
                  ("diffusion denoising", ["vdm", "imagen-video"]),
                  ("flow matching", ["movie-gen", "hunyuanvideo", "wan"])]),
              dict(name="frames", values=[
                  ("the whole clip denoised together", ["lumiere", "sora"]),
                  ("causal: each frame its own noise level", ["diffusion-forcing", "skyreels-v2"])])])),
    ("Interactive", "Interactive / Playable", "#ea580c", dict(
        about=("Playable world models generate the next frame from the past frames and the player's current input, "
               "fast enough that a person or an agent can play them in real time. The loop defines them: action in, "
               "frame out, again and again, so errors must not pile up over long rollouts. Members use GANs, diffusion"
               " (often with per-frame noise or few-step distillation) or autoregressive tokens, and learn controls "
               "from recorded key presses or infer latent actions from unlabelled video. Unlike offline video "
               "simulators they must be causal and fast, and unlike persistent 3D worlds most keep the world only "
               "implicitly, in the frames and memory they condition on."),
        math=(r"\begin{gathered}x_{t+1}\sim p_\theta\big(x_{t+1}\mid x_{t-k:t},\,a_{t-k:t}\big)\ "
              r"\text{ once per displayed frame},\\ a_t=\text{keys and mouse, or a latent action }\tilde a_t"
              r"\text{ inferred from video}\end{gathered}"),
        anim="playloop", start="gamengen",
        axes=[dict(name="generator", values=[
                  ("a GAN", ["gamegan"]),
                  ("diffusion, frame by frame", ["diamond", "gamengen", "oasis"]),
                  ("autoregressive tokens", ["genie", "muse-wham", "mineworld"]),
                  ("few-step causal diffusion, distilled", ["causvid", "self-forcing", "matrix-game"])]),
              dict(name="where the controls come from", values=[
                  ("recorded key presses", ["gamengen", "oasis", "gamefactory"]),
                  ("latent actions from unlabelled video", ["genie"])]),
              dict(name="who plays", values=[
                  ("a person", ["oasis", "genie3", "yan"]),
                  ("an RL agent trained inside it", ["diamond"])])])),
    ("Spatial3D", "Persistent 3D Worlds", "#ca8a04", dict(
        about=("Persistent 3D world models keep the scene in a form tied to 3D space (most of them an explicit memory:"
               " a mesh, a point cloud, 3D Gaussians or a bank of posed frames) so that a place looks the same when "
               "the camera comes back to it. A generator, an image inpainter or a video or multi-view diffusion model,"
               " paints what the camera has not seen yet, and what it paints joins the memory. The camera path plays "
               "the role of the action. Unlike playable frame-by-frame models, consistency comes from geometry rather "
               "than from a context window of past frames."),
        math=(r"\begin{gathered}\hat x_\pi=G_\theta\big(\mathrm{render}(\mathcal{M},\pi),\,M_\pi,\,c\big),\\"
              r"\mathcal{M}\leftarrow\mathcal{M}\cup\mathrm{lift}\big(\hat x_\pi,\,D(\hat x_\pi),\,\pi\big)\\(\pi="
              r"\text{camera pose},\;M_\pi=\text{unseen pixels},\;\mathcal{M}=\text{3D memory})\end{gathered}"),
        anim="scene3d", start="text2room",
        axes=[dict(name="the memory", values=[
                  ("a mesh", ["scenescape", "text2room"]),
                  ("a point cloud", ["luciddreamer", "viewcrafter", "gen3c"]),
                  ("3D Gaussians", ["wonderworld", "lyra", "flashworld"]),
                  ("a bank of posed frames", ["worldmem"])]),
              dict(name="the generator", values=[
                  ("image inpainting, one view at a time", ["text2room", "luciddreamer"]),
                  ("video diffusion along a camera path", ["viewcrafter", "gen3c", "voyager"]),
                  ("multi-view diffusion", ["cat3d", "flashworld"])]),
              dict(name="what you get", values=[
                  ("an explorable 3D scene", ["hunyuanworld", "marble", "lyra"]),
                  ("consistent video", ["gen3c", "worldmem"])])])),
    ("Driving", "Driving World Models", "#b91c1c", dict(
        about=("Driving world models predict how a road scene evolves (in camera video, LiDAR, 3D occupancy or learned"
               " scene features), conditioned on the ego vehicle's motion or on the scene layout (maps, 3D boxes) and "
               "sometimes text. They generate training and test data, simulate in closed loop, or plan by imagining "
               "each candidate manoeuvre and scoring its outcome. Their machinery comes from the other families: RSSM "
               "latents, discrete tokens and video diffusion all appear here. What unites them is the domain: many "
               "cameras that must agree, long horizons and other road users that must be controllable."),
        math=(r"\begin{gathered}\hat x_{t+1:t+T}\sim p_\theta\big(\cdot\mid x_{\le t},\,a^{\text{ego}}_{t:t+T},\,c"
              r"\big),\quad x=\text{camera video, LiDAR or occupancy},\;c=\text{map, boxes, text};\\\tau^{*}=\arg"
              r"\max_{\tau}R\big(\hat x(\tau)\big)\ \text{when planning}\end{gathered}"),
        anim="drivefutures", start="drive-wm",
        axes=[dict(name="what it predicts", values=[
                  ("camera video", ["drive-wm", "vista", "gaia2"]),
                  ("LiDAR point clouds", ["copilot4d"]),
                  ("3D occupancy", ["occworld", "occsora"])]),
              dict(name="machinery", values=[
                  ("an RSSM latent and model-based RL", ["mile", "think2drive"]),
                  ("discrete tokens", ["occworld", "copilot4d"]),
                  ("video diffusion", ["drivedreamer", "vista", "gaia2"])]),
              dict(name="what it is for", values=[
                  ("planning: imagine each manoeuvre, keep the best", ["drive-wm"]),
                  ("a driving policy learned with it", ["mile", "think2drive"]),
                  ("closed-loop sensor simulation", ["unisim-waabi"]),
                  ("synthetic training data", ["magicdrive", "cosmos-drive-dreams"])])])),
    ("RobotWM", "Robot WM Infrastructure", "#a21caf", dict(
        about=("Here action-conditioned world models, most of them video models, serve as tools around robots: "
               "simulators, planners, data generators and policy evaluators. Given a first frame and a sequence of "
               "robot actions or an instruction, the model films what would happen, so policies can be rolled out, "
               "ranked or trained on dreamed videos without touching hardware. An evaluator is judged by whether "
               "policies rank in the model as they rank on real robots. Unlike world models inside VLAs, the model "
               "stays outside the policy it serves."),
        math=(r"\begin{gathered}\hat o_{1:T}\sim p_\theta\big(\cdot\mid o_0,\,a_{0:T-1}\big),\quad a_t=\pi(\hat o_t,"
              r"\ell)\ \text{in closed loop};\\\operatorname{rank}\hat J(\pi_i)\approx\operatorname{rank}J_{"
              r"\text{real}}(\pi_i)\end{gathered}"),
        anim="wmeval", start="irasim",
        axes=[dict(name="role", values=[
                  ("action-to-video simulator", ["irasim", "worldgym", "ge-sim2"]),
                  ("policy evaluator", ["worldeval", "veo-robot-eval", "ctrl-world"]),
                  ("data generator", ["dreamgen"]),
                  ("planner", ["nwm"])]),
              dict(name="what drives it", values=[
                  ("robot actions", ["irasim", "ctrl-world"]),
                  ("an instruction", ["robodreamer", "dreamgen"]),
                  ("the policy's own latent actions", ["worldeval"])]),
              dict(name="what it renders", values=[
                  ("several camera views", ["enerverse", "ctrl-world", "veo-robot-eval"]),
                  ("RGB with depth", ["tesseract", "roboscape"])])])),
    ("WMVLA", "World Models in VLAs", "#65a30d", dict(
        about=("Here the world model lives inside the policy: a vision-language-action model predicts a future frame, "
               "a video, a subgoal image or compact future features, and its action is read from that prediction or "
               "produced together with it. Predicting the future lets a policy learn from videos without action labels"
               " (GR-1, LAPA) and, when it imagines frames, shows the plan it intends. Members differ in what they "
               "imagine and in how the actions come out. Unlike robot world-model infrastructure, the imagined future "
               "is a step of acting, not a test bench for a separate policy."),
        math=(r"\begin{gathered}\hat o_{t+k}\sim p_\theta\big(\cdot\mid o_{\le t},\ell\big),\;\;a_{t:t+k-1}=\pi_\phi"
              r"\big(o_t,\hat o_{t+k}\big)\\\text{or jointly}\\\big(\hat o_{t+k},a_{t:t+k-1}\big)\sim p_\theta\big("
              r"\cdot\mid o_{\le t},\ell\big)\end{gathered}"),
        anim="imaginegoal", start="unipi",
        axes=[dict(name="what it imagines", values=[
                  ("a whole video", ["unipi", "gen2act"]),
                  ("one subgoal image", ["susie", "cot-vla"]),
                  ("future frames next to the actions", ["gr1", "seer"]),
                  ("latent actions or compact features", ["lapa", "univla-bu", "dreamvla"])]),
              dict(name="how actions come out", values=[
                  ("inverse dynamics between frames", ["unipi", "seer"]),
                  ("a goal-conditioned policy", ["susie"]),
                  ("one model emits future and actions", ["gr1", "worldvla", "dreamzero"])]),
              dict(name="generator", values=[
                  ("video diffusion", ["unipi", "vpp", "dreamzero"]),
                  ("image editing diffusion", ["susie"]),
                  ("autoregressive tokens", ["gr2", "univla-wang", "worldvla"])])])),
    ("Position", "Positions, Debates & Benchmarks", "#64748b", dict(
        about=("This family gathers the works that argue about world models rather than build one: early proposals, "
               "position papers, critiques, theory, and benchmarks that test what world models really learn. The "
               "common question is what it means to have a world model and how one would know. Benchmarks probe "
               "physical plausibility, consistency and whether a model helps an agent act; probing studies look for "
               "world models inside sequence models trained on text or moves. Read it next to any mechanism family to "
               "see what that family's claims rest on and where they are disputed."),
        math=(r"\hat P_\theta(s_{t+1}\mid s_t,a_t)\;\overset{?}{\approx}\;P(s_{t+1}\mid s_t,a_t):\quad"
              r"\text{judged by fidelity }D\big(\hat P_\theta,P\big)\ \text{or by use }\big|J_{\hat P_\theta}("
              r"\pi)-J_P(\pi)\big|"),
        anim="debate", start="lecun-path",
        axes=[dict(name="kind of work", values=[
                  ("early proposals", ["schmidhuber-1990", "learning-to-think"]),
                  ("positions and critiques", ["lecun-path", "video-lang", "critiques"]),
                  ("theory", ["general-agents"]),
                  ("benchmarks", ["physics-iq", "worldscore", "world-in-world"])]),
              dict(name="what is tested", values=[
                  ("physics in generated video", ["videophy", "physics-law", "physics-iq"]),
                  ("world models inside sequence models", ["othello-gpt", "space-time-probes", "vafa-eval"]),
                  ("help for an agent acting in closed loop", ["world-in-world"])]),
              dict(name="stance", values=[
                  ("predict in representation space, not pixels", ["lecun-path"]),
                  ("video generation as the way to world models", ["video-lang"]),
                  ("simulate all actionable possibilities", ["critiques"])])])),
]

# An entry's optional `kind`: what only benchmarks and evaluation studies are (absent = an ordinary work).
ENTRY_KINDS = ("benchmark", "evaluation")

# Typed edges: how two entries relate. `dash` is the SVG line style that tells types apart. An edge is
# (source, target, type, reason): the reason is one sentence on what the source takes, changes, measures
# or disputes (landscape_evidence checks it).
EDGE_TYPES = [
    dict(key="builds_on", label="builds on", inverse="built on by", dash="", lineage=True),
    dict(key="successor_of", label="successor of", inverse="succeeded by", dash="10 3", lineage=True),
    dict(key="alternative_to", label="alternative to", directed=False, dash="2 4"),
    dict(key="uses_component", label="uses component of", inverse="component used by", dash="7 3 2 3", read_first=True),
    # evaluates: a benchmark or evaluation study measures the target; compares_with: the target is a
    # baseline in the source's tables.
    dict(key="evaluates", label="evaluates", inverse="evaluated by", dash="4 3", source_kinds=ENTRY_KINDS),
    dict(key="compares_with", label="reports results against", inverse="used as a baseline by", dash="9 2 2 2 2 2"),
    dict(key="critiques", label="critiques", inverse="critiqued by", dash="1 3 6 3"),
]

# One entry per dict: id, name, short, family, anim, year, tagline, simple, mapping (steps joined by
# " → "), math (TeX, no $), when, pros, cons, papers (keys in my_papers.py), learn (title, url).
P = [

    # ---------------- Latent ----------------

    dict(
        id="world-models",
        name="World Models (Ha & Schmidhuber)",
        short="World Models",
        family="Latent",
        anim="latentroll",
        date="2018-03",
        tagline="The proof-of-concept: compress with a VAE, dream with an RNN, train a controller inside the dream.",
        simple=("Learn to play a game by first building a 'mental movie player' of it: a VAE squeezes each frame into "
                "a small code, an RNN predicts the next code, and a tiny controller acts on those codes. In the "
                "VizDoom test that controller is trained entirely inside this hallucinated game — then transferred "
                "back to the real one. The 2018 paper that named the genre."),
        mapping="frames → latent z (VAE) → next-z prediction (RNN) → controller",
        math=r"z_t\sim q_{\text{VAE}}(z_t\mid o_t),\quad P(z_{t+1}\mid a_t,z_t,h_t)\;\text{(MDN-RNN)}",
        when="As the conceptual starting point: what 'training inside a learned simulator' means.",
        pros=["First clean train-inside-the-dream demo", "Simple modular V / M / C pipeline", "Beautiful interactive paper"],
        cons=["Not end-to-end; latents not shaped for control", "Dreams drift and get exploited", "Only simple environments"],
        papers=["ha2018worldmodels", "ha2018recurrent"],
        sources=[("arXiv 1803.10122", "https://arxiv.org/abs/1803.10122"),
                 ("NeurIPS 2018 paper, arXiv 1809.01999", "https://arxiv.org/abs/1809.01999")],
        checked="2026-12",
        learn=("World Models — interactive paper", "https://worldmodels.github.io/")),

    dict(
        id="planet",
        name="PlaNet (RSSM)",
        short="PlaNet (RSSM)",
        family="Latent",
        anim="latentroll",
        date="2018-11",
        tagline="The RSSM backbone: deterministic + stochastic latent dynamics, planned with CEM purely in latent space.",
        simple=("PlaNet learns a latent 'physics engine' from pixels where each state has a reliable deterministic "
                "memory plus a stochastic guess for what's uncertain. To act it learns no policy at all — it imagines "
                "thousands of action sequences in latent space and picks the best, like playing out chess lines in "
                "your head."),
        mapping="pixels → RSSM state (h_t, s_t) → CEM over imagined rollouts → action",
        math=r"\mathcal{L}=\sum_t\mathbb{E}\big[\ln p(o_t\mid s_t)\big]-\mathbb{E}\,\mathrm{KL}\big[q(s_t\mid s_{t-1},a_{t-1},o_t)\,\|\,p(s_t\mid s_{t-1},a_{t-1})\big]",
        when="Online planning from pixels with high sample efficiency; the origin of every Dreamer.",
        pros=["~50x more sample-efficient than model-free", "RSSM became the standard latent dynamics", "No policy network at all"],
        cons=["CEM at every step is slow", "Struggles with long horizons / sparse rewards", "Reconstruction wastes capacity on irrelevant pixels"],
        papers=["hafner2019planet"],
        sources=[("arXiv 1811.04551", "https://arxiv.org/abs/1811.04551"),
                 ("project page", "https://planetrl.github.io/")],
        checked="2026-12",
        learn=("Introducing PlaNet — Google Research blog", "https://research.google/blog/introducing-planet-a-deep-planning-network-for-reinforcement-learning/")),

    dict(
        id="dreamer",
        name="Dreamer v1–v3",
        short="Dreamer v1–3",
        aliases=["Dreamer", "DreamerV1", "DreamerV2", "DreamerV3"],
        family="Latent",
        anim="dream",
        anim_params=dict(horizon=15, lam=0.95),
        date="2019-12",
        tagline="Actor-critic trained by backpropagating value gradients through imagined latent rollouts.",
        simple=("Dreamer keeps PlaNet's latent physics engine but trains a policy and value function inside the dream "
                "— backpropagating 'how to get more reward' through imagined futures. V2 added discrete latents "
                "(human-level Atari); V3's symlog tricks made one hyperparameter set master 150+ tasks and mine "
                "Minecraft diamonds from scratch."),
        mapping="pixels → RSSM latent → imagined rollouts → actor-critic update",
        math=r"\max_\phi\;\mathbb{E}_{q_\phi}\Big[{\textstyle\sum_{\tau=t}^{t+H}}V_\lambda(s_\tau)\Big]\;\;(\text{gradients through the model};\;\mathrm{symlog}(x)=\mathrm{sign}(x)\ln(|x|{+}1))",
        when="The default sample-efficient RL agent on a new domain with no tuning budget.",
        pros=["One config across 150+ tasks (Nature 2025)", "First Minecraft diamonds from scratch", "Fast amortized inference"],
        cons=["Recurrent RSSM trains sequentially (poor GPU use)", "Reconstruction limits rich real-world video", "Policy can exploit model errors"],
        papers=["hafner2020dreamer", "hafner2021dreamerv2", "hafner2025dreamerv3"],
        sources=[("arXiv 1912.01603 (Dreamer)", "https://arxiv.org/abs/1912.01603"),
                 ("arXiv 2010.02193 (DreamerV2)", "https://arxiv.org/abs/2010.02193"),
                 ("DreamerV3 paper, Nature 2025", "https://doi.org/10.1038/s41586-025-08744-2"),
                 ("official code", "https://github.com/danijar/dreamerv3")],
        checked="2026-12",
        learn=("DreamerV3 — project page", "https://danijar.com/project/dreamerv3/")),

    dict(
        id="daydreamer",
        name="DayDreamer",
        short="DayDreamer",
        family="Latent",
        anim="dream",
        anim_params=dict(horizon=15, lam=0.95),
        date="2022-06",
        tagline="Dreamer on physical robots: a quadruped learns to walk in 1 hour, no simulator.",
        simple=("If imagination training is so sample-efficient, can a real robot afford it? Yes — by dreaming "
                "thousands of practice runs for every real step, an A1 quadruped learned to walk from scratch in "
                "about an hour and adapted online to being pushed. The existence proof that latent world models work "
                "outside simulation."),
        mapping="real robot sensors → Dreamer world model → imagined practice → motor commands",
        math=r"\max_\phi\,\mathbb{E}_q\Big[{\textstyle\sum_\tau} V_\lambda(s_\tau)\Big]\;\;\text{trained from real-world replay only}",
        when="Real-robot RL without a simulator, when every minute of hardware time is precious.",
        pros=["Walking in ~1 hour wall-clock on hardware", "Shown on 4 different robots", "No simulator, no demos"],
        cons=["Short-horizon, simple tasks", "Exploration safety not addressed", "Inherits reconstruction limits in clutter"],
        papers=["wu2022daydreamer"],
        sources=[("arXiv 2206.14176", "https://arxiv.org/abs/2206.14176")],
        checked="2026-11",
        learn=("DayDreamer — project page", "https://alescontrela.github.io/daydreamer")),

    dict(
        id="dreamer4",
        name="Dreamer 4 (Shortcut Forcing)",
        short="Dreamer 4",
        aliases=["DreamerV4"],
        family="Latent",
        anim="shortcutf",
        date="2025-09",
        tagline="Scalable transformer WM, real-time on one GPU; Minecraft diamonds from purely offline gameplay data.",
        simple=("Dreamer 4 replaces the small recurrent dream with a video-scale transformer that stays fast enough "
                "to interact with live. Its 'shortcut forcing' objective teaches one big denoising step to match the "
                "result of two half-steps, so a dream frame needs ~4 network calls instead of 64. The agent learns "
                "from a fixed offline dataset of recorded human gameplay with keyboard-and-mouse actions, practises "
                "only inside this dream — never in the real game — and still mines diamonds."),
        mapping="offline Minecraft gameplay video with keyboard/mouse actions (VPT dataset) → shortcut-forcing transformer WM → agent finetuning (policy, reward) → imagination RL → policy",
        math=r"f_\theta(z_t,d)\;\approx\;\mathrm{sg}\big[f_\theta\big(f_\theta(z_t,\tfrac{d}{2}),\tfrac{d}{2}\big)\big]\;\;\text{(shortcut forcing)}",
        when="Offline-to-control at scale: rich visual domains where real interaction is expensive or impossible.",
        pros=["First diamonds purely offline; ~100x less data than VPT", "4 sampling steps instead of 64 → real-time on 1 GPU", "A separate experiment shows action conditioning needs only a small amount of action-labelled video; the rest can be unlabelled"],
        cons=["Absolute success rate still low (~0.7%)", "No online correction of model bias", "Compute-heavy pretraining"],
        papers=["hafner2025dreamer4"],
        sources=[("arXiv 2509.24527", "https://arxiv.org/abs/2509.24527")],
        checked="2026-12",
        learn=("Dreamer 4 — project page", "https://danijar.com/project/dreamer4/")),

    dict(
        id="simple",
        name="SimPLe (Model-Based RL for Atari)",
        short="SimPLe",
        family="Latent",
        anim="dream",
        date="2019-03",
        tagline="Train PPO inside a learned video-prediction model of Atari — and set the 100k-step (≈2 hours of play) benchmark.",
        simple=("SimPLe learns a video-prediction network that plays the game back to the agent: given recent frames "
                "and an action, it predicts the next frame and the reward. The agent (PPO) practises mostly inside "
                "this learned game; a little fresh real play is collected to fix the model, and the loop repeats. "
                "With only 100k real steps — about two hours of play — it beat strong model-free agents on most "
                "games, and that '100k' budget became the standard Atari test for world models."),
        mapping="frames + action → stochastic video-prediction model → simulated episodes → PPO policy → new real data",
        math=r"(\hat o_{t+1},\hat r_t)=f_\theta(o_{\le t},a_t,z_t),\quad \min_\theta\,\ell(\hat o_{t+1},o_{t+1})+\ell(\hat r_t,r_t),\quad \max_\pi\,\mathbb{E}_{f_\theta}\Big[{\textstyle\sum_t}\gamma^t\hat r_t\Big]\;(\text{PPO})",
        when="As the historical anchor of sample-efficient Atari: the plainest 'learn a simulator, train PPO in it' loop.",
        pros=["Competitive Atari play from 100k interactions (~2 hours)", "Defined the Atari-100k benchmark later used by SPR, EfficientZero, HarmonyDream", "Pixel-space model: you can watch its predictions"],
        cons=["Low absolute scores (median ~0.14 human-normalized, as reported by EfficientZero)", "Predicting every pixel spends capacity on irrelevant detail", "Model errors compound in long imagined rollouts"],
        papers=["kaiser2020simple"],
        sources=[("arXiv 1903.00374", "https://arxiv.org/abs/1903.00374")],
        checked="2026-11",
        learn=("SimPLe — project page with videos", "https://sites.google.com/view/modelbasedrlatari/home")),

    dict(
        id="r2i",
        name="R2I (Recall to Imagine)",
        short="R2I",
        family="Latent",
        anim="dream",
        anim_params=dict(horizon=15, lam=0.95),
        date="2024-03",
        tagline="Dreamer with a state-space-model memory: world models that remember, and assign credit, across long gaps.",
        simple=("Dreamer's recurrent memory fades over long stretches, so tasks like 'remember a cue you saw long "
                "ago' break it. R2I swaps the GRU for a structured state space model (SSM), which keeps long-range "
                "information and trains in parallel over the whole sequence. The agent still learns by imagining — "
                "but now with a memory that lasts, reaching superhuman scores in the Memory Maze benchmark."),
        mapping="pixels → SSM world model (parallel over time) → imagined rollouts → actor-critic update",
        math=r"h_t=\bar A\,h_{t-1}+\bar B\,[z_{t-1},a_{t-1}],\quad y_t=C\,h_t\quad(\text{SSM sequence model inside the Dreamer world-model and actor-critic losses})",
        when="Partially observable tasks where the agent must remember, or credit, events far in the past.",
        pros=["New state of the art on memory tasks (BSuite, POPGym, Memory Maze)", "Superhuman on Memory Maze", "Faster wall-clock convergence than DreamerV3"],
        cons=["Keeps Dreamer's reconstruction objective", "Only comparable (not better) on standard Atari / DMC", "SSM layers add design choices on top of Dreamer"],
        papers=["samsami2024r2i"],
        sources=[("arXiv 2403.04253", "https://arxiv.org/abs/2403.04253"),
                 ("ICLR 2024 paper (OpenReview)", "https://openreview.net/forum?id=1vDArHJ68h")],
        checked="2026-11",
        learn=("R2I — project page", "https://recall2imagine.github.io/")),

    dict(
        id="harmonydream",
        name="HarmonyDream",
        short="HarmonyDream",
        family="Latent",
        anim="dream",
        anim_params=dict(horizon=15, lam=0.95),
        date="2023-10",
        tagline="Balance the jobs inside a world model — redraw the frame vs. predict the reward — with self-tuning loss weights.",
        simple=("A Dreamer world model does two homework tasks at once: redraw the observation and predict the "
                "reward. Pixels are huge, so one task can drown out the other — the model gets great at texture and "
                "weak at what matters for reward. HarmonyDream gives each loss a learnable weight that keeps them in "
                "balance automatically: a few lines of code that gave 10–69% absolute gains on visual robot tasks."),
        mapping="pixels → Dreamer world model → harmonized losses (learned weights) → imagined rollouts → policy",
        math=r"\mathcal{L}(\theta,\sigma)=\sum_{i\in\{\text{obs},\,\text{rew},\,\text{dyn}\}}\Big[\tfrac{1}{\sigma_i}\mathcal{L}_i(\theta)+\log(1+\sigma_i)\Big]",
        when="Whenever a Dreamer-style model's reward signal is drowned out by pixel reconstruction (or vice versa).",
        pros=["10–69% absolute gains on visual robotic tasks over the Dreamer base", "New state of the art on Atari 100K when published", "Drop-in: three learnable scalars, no manual loss tuning"],
        cons=["Still a reconstruction-based model", "Balancing heuristic, not a guarantee the latent keeps what matters", "Gains shown mostly on sample-limited benchmarks"],
        papers=["ma2024harmonydream"],
        sources=[("arXiv 2310.00344", "https://arxiv.org/abs/2310.00344"),
                 ("arXiv HTML v3", "https://arxiv.org/html/2310.00344v3")],
        checked="2026-12",
        learn=("HarmonyDream — official code", "https://github.com/thuml/HarmonyDream")),

    dict(
        id="plan2explore",
        name="Plan2Explore (Planning to Explore)",
        short="Plan2Explore",
        family="Latent",
        anim="dream",
        date="2020-05",
        tagline="Explore without any reward by seeking what the world model expects to be novel, then solve new tasks zero- or few-shot.",
        simple=("Before it knows which task it will be asked to do, Plan2Explore explores to learn a good world model. "
                "It trains an ensemble of one-step predictors in the latent space; where they disagree, the model is "
                "still ignorant, so the agent plans in imagination toward those places — expected future novelty "
                "rather than novelty it has already stumbled on. Afterwards the same world model adapts to new tasks "
                "from pixels with few or no further environment interactions."),
        mapping="pixels → RSSM world model + ensemble of latent predictors → disagreement as intrinsic reward → exploration policy trained in imagination → zero/few-shot task policy",
        math=r"r^{\text{int}}_t=\frac{1}{K-1}\sum_{k=1}^{K}\big\|\mu_k(s_t,a_t)-\bar\mu(s_t,a_t)\big\|^2,\qquad \bar\mu=\frac{1}{K}\sum_{k}\mu_k\quad(\text{ensemble predicting the next latent embedding})",
        when="When the task is unknown during data collection and the agent must build a reusable world model by itself.",
        pros=["Task-agnostic exploration that almost matches an oracle with access to rewards (DM Control, from pixels)", "Plans for expected future novelty instead of rewarding past novelty", "One explored world model serves many downstream tasks zero- or few-shot"],
        cons=["Ensemble of predictors adds compute", "Exploration is only as good as the world model's latent space", "Shown on simulated continuous control only"],
        papers=["sekar2020plan2explore"],
        sources=[("arXiv 2005.05960", "https://arxiv.org/abs/2005.05960")],
        checked="2026-11",
        learn=("Plan2Explore — project page", "https://danijar.com/project/plan2explore/")),

    dict(
        id="dreamerpro",
        name="DreamerPro (reconstruction-free Dreamer)",
        short="DreamerPro",
        family="Latent",
        anim="dream",
        date="2021-10",
        tagline="Dreamer without pixel reconstruction: the latent state predicts prototype (cluster) assignments, which ignores distracting backgrounds.",
        simple=("Dreamer learns its latent state by redrawing every pixel, so a moving background video soaks up "
                "capacity that the task never needed. DreamerPro drops the decoder. Observations are softly assigned "
                "to a set of learned prototypes (as in SwAV), and the world model's recurrent state must predict "
                "those assignments instead of pixels. In DeepMind Control with natural-video backgrounds it gains a "
                "lot over Dreamer and stays competitive on the standard tasks."),
        mapping="pixels → prototype assignments (Sinkhorn) → RSSM state predicts the assignments → imagined rollouts → actor-critic",
        math=r"\mathcal{L}_{\text{proto}}=-\sum_t\sum_{k=1}^{K}w_{t,k}\log\frac{\exp(\hat z_t^{\top}c_k/\tau)}{\sum_{k'}\exp(\hat z_t^{\top}c_{k'}/\tau)}\quad(w_t=\text{Sinkhorn cluster assignment of }o_t,\ \hat z_t\ \text{from the RSSM state},\ c_k=\text{prototypes})",
        when="Visual control with task-irrelevant distractions (moving backgrounds) where pixel reconstruction wastes capacity.",
        pros=["No decoder: the world model is not asked to redraw irrelevant pixels", "Large gains over Dreamer on DM Control with natural-video backgrounds", "Prototypes distil temporal structure from the recurrent state, not single images"],
        cons=["Extra machinery (prototypes, Sinkhorn, augmentations)", "Prototype count and temperature are extra hyperparameters", "Shown on DM Control only"],
        papers=["deng2022dreamerpro"],
        sources=[("arXiv 2110.14565", "https://arxiv.org/abs/2110.14565"),
                 ("NeurIPS 2021 Deep RL workshop (OpenReview)", "https://openreview.net/forum?id=GX6uml6cXGn")],
        checked="2026-11",
        learn=("DreamerPro — official code", "https://github.com/fdeng18/dreamer-pro")),

    dict(
        id="transdreamer",
        name="TransDreamer (Transformer State-Space Model)",
        short="TransDreamer",
        family="Latent",
        anim="dream",
        date="2021-10",
        tagline="The first Dreamer with a transformer instead of an RNN: a Transformer State-Space Model that can look back directly at long histories.",
        simple=("Dreamer's recurrent memory squeezes the whole past into one vector, which fails on tasks that need "
                "long-range memory. TransDreamer replaces the recurrent core with a transformer — the Transformer "
                "State-Space Model — so each prediction can attend to earlier latent states directly, and shares it "
                "with a transformer policy. On 2D and 3D first-person tasks that require memory-based reasoning it "
                "outperformed Dreamer."),
        mapping="pixels → stochastic latents → transformer over past latents and actions (TSSM) → imagined rollouts → transformer actor-critic",
        math=r"h_t=\mathrm{Transformer}\big(z_{<t},a_{<t}\big),\quad \hat z_t\sim p_\theta(\hat z_t\mid h_t),\quad \mathcal{L}=\sum_t\Big[-\ln p(o_t\mid h_t,z_t)-\ln p(r_t\mid h_t,z_t)+\mathrm{KL}\big[q(z_t\mid o_t)\,\|\,p_\theta(\hat z_t\mid h_t)\big]\Big]",
        when="Visual RL tasks that need memory of events far back in the episode.",
        pros=["Direct attention to past latent states instead of one compressed recurrent vector", "Outperforms Dreamer on 2D and 3D memory-based reasoning tasks", "First step of the transformer-world-model line inside Dreamer"],
        cons=["Attention cost grows with context length", "Stability required sharing the world model with the policy", "Gains shown on memory tasks, not on standard benchmarks"],
        papers=["chen2022transdreamer"],
        sources=[("arXiv 2202.09481", "https://arxiv.org/abs/2202.09481"),
                 ("NeurIPS 2021 Deep RL workshop (OpenReview)", "https://openreview.net/forum?id=sVrzVAL90sA")],
        checked="2026-11",
        learn=("TransDreamer — OpenReview discussion (ICLR 2022 submission)", "https://openreview.net/forum?id=s3K0arSRl4d")),

    dict(
        id="apv",
        name="APV (Action-Free Pre-training from Videos)",
        short="APV",
        family="Latent",
        anim="latentroll",
        date="2022-03",
        tagline="Pre-train a latent video predictor on action-free videos, then stack an action-conditional model on top for sample-efficient RL.",
        simple=("Videos are plentiful but usually come without the actions that caused them. APV first trains an "
                "action-free latent video prediction model on such videos, even from other domains. For a new task "
                "it keeps that model and stacks a second, action-conditional latent model on top of it, so the world "
                "model starts with a sense of how scenes move. A video-based intrinsic bonus from the pre-trained "
                "representations helps exploration; manipulation and locomotion tasks get better and learn faster."),
        mapping="action-free videos → pre-trained latent video predictor → stacked action-conditional latent model → imagined rollouts → policy",
        math=r"\text{pre-train: }\max\sum_t\mathbb{E}\big[\ln p(o_t\mid z_t)\big]-\mathrm{KL}\big[q(z_t\mid z_{t-1},o_t)\,\|\,p(z_t\mid z_{t-1})\big];\qquad\text{fine-tune: }p(s_t\mid s_{t-1},a_{t-1},z_t)\ \text{stacked on the pre-trained}\ z_t",
        when="Visual robot RL where unlabelled videos exist but action-labelled interaction is scarce.",
        pros=["Uses videos without actions, even from other domains", "Better final performance and sample efficiency on manipulation and locomotion", "Video-based intrinsic bonus for exploration from the same pre-training"],
        cons=["Still needs online interaction to learn the action-conditional part", "Reconstruction-based pre-training", "Benefit depends on how close the pre-training videos are"],
        papers=["seo2022apv"],
        sources=[("arXiv 2203.13880", "https://arxiv.org/abs/2203.13880")],
        checked="2026-11",
        learn=("APV — project page", "https://sites.google.com/view/rl-apv")),

    dict(
        id="iso-dream",
        name="Iso-Dream (isolating noncontrollable dynamics)",
        short="Iso-Dream",
        family="Latent",
        anim="dream",
        date="2022-05",
        tagline="Split the dream into what the agent controls and what it does not, and roll the uncontrollable part forward to act ahead of it.",
        simple=("In driving, other cars move whatever you do. Iso-Dream extends Dreamer so the world model keeps "
                "separate state branches for controllable and noncontrollable changes, pushed apart by an inverse "
                "dynamics objective. When estimating values, it rolls the noncontrollable states into the future and "
                "associates them with the current controllable state — so a self-driving agent can anticipate other "
                "vehicles. It outperformed existing approaches across visual control and prediction benchmarks."),
        mapping="pixels → controllable + noncontrollable latent branches (inverse dynamics) → future noncontrollable roll-out → value estimation → policy",
        math=r"s_t=(s^{c}_t,s^{n}_t):\quad s^{c}_t\sim p(s^{c}_t\mid s^{c}_{t-1},a_{t-1}),\;\; s^{n}_t\sim p(s^{n}_t\mid s^{n}_{t-1}),\qquad \max\;\log q\big(a_{t-1}\mid s^{c}_{t-1},s^{c}_t\big)\;(\text{inverse dynamics on the controllable branch})",
        when="Visual control where much of the scene moves independently of the agent (traffic, crowds).",
        pros=["Separates action-driven from autonomous dynamics", "Uses forecasts of uncontrollable parts for long-horizon decisions", "Evaluated on CARLA driving and DM Control, plus video prediction"],
        cons=["More branches and losses to balance", "The split can collapse without care (addressed in the Iso-Dream++ follow-up)", "Mostly simulated benchmarks"],
        papers=["pan2022isodream"],
        sources=[("arXiv 2205.13817", "https://arxiv.org/abs/2205.13817")],
        checked="2026-11",
        learn=("Iso-Dream — official code", "https://github.com/panmt/Iso-Dream")),

    dict(
        id="director",
        name="Director (Deep Hierarchical Planning from Pixels)",
        short="Director",
        family="Latent",
        anim="dream",
        date="2022-06",
        tagline="A manager picks latent goals, a worker reaches them — hierarchical behaviour learned inside a Dreamer-style world model.",
        simple=("Long tasks need sub-goals. Director trains two policies inside the world model: a manager that every "
                "few steps picks a goal in the latent space (from a small discrete code), and a worker that chooses "
                "actions to reach it. The manager maximizes task reward plus an exploration bonus; because goals are "
                "latent states, the world model can decode them into images, so you can see what the agent is aiming "
                "for. It solved sparse-reward 3D mazes from an egocentric camera."),
        mapping="pixels → world-model latent → manager picks discrete goal code every K steps → worker reaches goal → imagination training of both",
        math=r"z\sim\mathrm{mgr}(z\mid s_t)\ \text{every }K\text{ steps},\quad g=\mathrm{dec}(z),\quad a_t\sim\mathrm{wkr}(a_t\mid s_t,g),\quad r^{\text{wkr}}_t=\mathrm{sim}(g,s_{t+1}),\quad r^{\text{mgr}}_t=r^{\text{task}}_t+r^{\text{expl}}_t",
        when="Long-horizon, sparse-reward visual tasks where flat policies fail to explore.",
        pros=["Learns hierarchy directly from pixels, no hand-specified subgoals", "Goals decode to images: interpretable decisions", "Solves sparse-reward 3D maze traversal from an egocentric camera; also works on Atari, DMLab and visual control"],
        cons=["Two policies and a goal autoencoder to tune", "Goal horizon K is fixed", "Shown in simulation and games, not on real robots"],
        papers=["hafner2022director"],
        sources=[("arXiv 2206.04114", "https://arxiv.org/abs/2206.04114"),
                 ("NeurIPS 2022 paper (OpenReview)", "https://openreview.net/forum?id=wZk69kjy9_d")],
        checked="2026-11",
        learn=("Director — project page", "https://danijar.com/project/director/")),

    dict(
        id="mwm",
        name="MWM (Masked World Models)",
        short="MWM",
        family="Latent",
        anim="latentroll",
        date="2022-06",
        tagline="Decouple seeing from predicting: a masked-autoencoder ViT learns the visual representation, a latent dynamics model learns on top.",
        simple=("One end-to-end Dreamer model struggles to notice small objects a robot must grasp. MWM splits the "
                "job: an autoencoder with convolutions and a vision transformer learns to reconstruct pixels from "
                "masked convolutional features (plus an auxiliary reward prediction to keep task-relevant detail), "
                "and a separate latent dynamics model learns on those representations. Both keep updating with online "
                "data. On 50 Meta-world manipulation tasks it reached 81.7% success versus 67.9% for the baseline."),
        mapping="pixels → masked conv-feature ViT autoencoder (+ reward prediction) → latent dynamics model → imagined rollouts → policy",
        math=r"\mathcal{L}_{\text{AE}}=\big\|\mathrm{dec}\big(\mathrm{ViT}(\mathrm{mask}(\mathrm{conv}(o_t)))\big)-o_t\big\|^2-\ln p(r_t\mid\cdot),\qquad \mathcal{L}_{\text{dyn}}=\text{latent-dynamics ELBO on }\mathrm{sg}[\text{AE features}]",
        when="Visual robot manipulation where small objects matter and end-to-end world models miss them.",
        pros=["81.7% vs 67.9% success on 50 Meta-world tasks", "State of the art on Meta-world and RLBench at release", "Convolutional-feature masking outperformed patch masking"],
        cons=["Two models trained separately: more moving parts", "Still pixel reconstruction at its core", "Simulated manipulation benchmarks only"],
        papers=["seo2022mwm"],
        sources=[("arXiv 2206.14244", "https://arxiv.org/abs/2206.14244")],
        checked="2026-11",
        learn=("Masked World Models — project page", "https://sites.google.com/view/mwm-rl")),

    dict(
        id="twister",
        name="TWISTER (transformer WM with contrastive predictive coding)",
        short="TWISTER",
        family="Latent",
        anim="dream",
        date="2025-03",
        tagline="A transformer world model trained to predict further ahead with action-conditioned contrastive coding — 162% mean human score on Atari 100k.",
        simple=("Transformer world models such as STORM train fast but lag behind DreamerV3. TWISTER argues that "
                "predicting only the next latent state is too easy — adjacent states look almost the same — so it adds "
                "action-conditioned contrastive predictive coding: the model state must pick out the true future "
                "latents several steps ahead among negatives, from augmented views. The agent still learns in "
                "imagination, Dreamer-style, and set a record among methods without look-ahead search."),
        mapping="pixels → stochastic latents → masked-attention transformer → next latent, reward, continue + contrastive prediction of latents K steps ahead → imagined actor-critic",
        math=r"\mathcal{L}_{\text{AC-CPC}}=-\sum_{k=1}^{K}\log\frac{\exp\big(f_k(h_t,a_{t:t+k})^{\top}z'_{t+k}\big)}{\sum_{z^-\in\mathcal{B}}\exp\big(f_k(h_t,a_{t:t+k})^{\top}z^-\big)}\quad(\text{added to the Dreamer-style world-model loss})",
        when="Sample-limited visual RL with a transformer world model, when next-state prediction alone gives weak features.",
        pros=["162% mean human-normalized score on Atari 100k", "Record among methods without look-ahead search (ICLR 2025)", "Code released"],
        cons=["Its record holds only among methods without look-ahead search: search-based EfficientZero reports 194.3% mean on Atari 100k vs TWISTER's 162%", "Data augmentation and future-action conditioning are needed for the gains", "Still reconstructs images alongside the contrastive loss"],
        papers=["burchi2025twister"],
        sources=[("arXiv 2503.04416", "https://arxiv.org/abs/2503.04416"),
                 ("arXiv HTML v2", "https://arxiv.org/html/2503.04416v2"),
                 ("ICLR 2025 poster page", "https://iclr.cc/virtual/2025/poster/29267")],
        checked="2026-12",
        learn=("TWISTER — official code", "https://github.com/burchim/TWISTER")),


    # ---- Latent: added 2026-12 ----

    dict(
        id="pets",
        name="PETS (Probabilistic Ensembles with Trajectory Sampling)",
        short="PETS",
        family="Latent",
        anim="plan",
        date="2018-05",
        added="2026-12",
        aliases=["Deep RL in a Handful of Trials"],
        tagline="An ensemble of probabilistic networks as the dynamics model, with uncertainty carried by sampled particles into CEM planning.",
        simple="PETS learns the dynamics with several neural networks, each predicting a Gaussian over the next state, so the model carries both noise and its own ignorance as uncertainty. To act, it samples candidate action sequences, pushes particles through randomly chosen ensemble members, scores the predicted rewards, refines the candidates with the cross-entropy method and executes only the first action. On benchmark tasks it matched model-free final performance with far fewer samples.",
        mapping="state + action → ensemble of Gaussian networks → trajectory-sampling particles → CEM over action sequences → first action (MPC)",
        math=r"\mathcal{L}(\theta_b)=\sum_n\big[\mu_{\theta_b}(s_n,a_n)-s'_n\big]^{\top}\Sigma_{\theta_b}^{-1}(s_n,a_n)\big[\mu_{\theta_b}(s_n,a_n)-s'_n\big]+\log\det\Sigma_{\theta_b}(s_n,a_n),\qquad a^*_{t:t+T}=\arg\max_{a_{t:t+T}}\frac{1}{P}\sum_{p=1}^{P}\sum_{\tau=t}^{t+T}r\big(s^{p}_\tau,a_\tau\big)",
        when="Low-dimensional continuous control where a few hundred trials must suffice and replanning every step is affordable.",
        pros=["125 times fewer samples than PPO on the half-cheetah task in its comparison", "Uncertainty-aware: probabilistic ensemble plus sampling-based uncertainty propagation", "No policy network: it plans directly with the model"],
        cons=["CEM replanning at every control step is compute-heavy", "Shown on low-dimensional states, not pixels", "A fixed planning horizon with no learned value beyond it"],
        papers=["chua2018pets"],
        sources=[("NeurIPS 2018 proceedings metadata (title, authors, abstract)", "https://papers.neurips.cc/paper_files/paper/2018/file/3de568f8597b94bda53149c7d7f5958c-Metadata.json"),
                 ("arXiv 1805.12114", "https://arxiv.org/abs/1805.12114"),
                 ("official code README", "https://github.com/kchua/handful-of-trials")],
        checked="2026-12",
        learn=("PETS — official code", "https://github.com/kchua/handful-of-trials")),

    dict(
        id="mbpo",
        name="MBPO (Model-Based Policy Optimization)",
        short="MBPO",
        family="Latent",
        anim="dream",
        date="2019-06",
        added="2026-12",
        aliases=["When to Trust Your Model"],
        tagline="Trust a learned model only for short rollouts branched from real states, and train soft actor-critic on the imagined data.",
        simple="Long imagined rollouts pile up model errors, so MBPO keeps them short. It fits an ensemble of probabilistic dynamics models, starts many k-step rollouts from states the agent has really visited, and feeds the imagined transitions to a soft actor-critic learner. The paper backs the recipe with a bound on how model error and policy change affect the true return, and shows that short branched rollouts keep model-based sample efficiency while matching the best model-free final performance.",
        mapping="real transitions → probabilistic dynamics ensemble → k-step rollouts branched from real states → model replay buffer → soft actor-critic update",
        math=r"s_0\sim\mathcal{D}_{\text{env}},\quad a_h\sim\pi(\cdot\mid s_h),\quad s_{h+1}\sim\hat p_{\theta_i}(\cdot\mid s_h,a_h),\ \ i\sim\mathrm{Unif}(1,\dots,B),\ \ h<k\qquad\Rightarrow\qquad \pi\leftarrow\mathrm{SAC}\big(\mathcal{D}_{\text{model}}\big)",
        when="State-based continuous control where you want model-based sample efficiency without giving up model-free final performance.",
        pros=["Surpassed the sample efficiency of prior model-based methods in its benchmarks", "Matched the asymptotic performance of the best model-free algorithms", "Simple recipe: a dynamics ensemble plus an off-the-shelf SAC learner"],
        cons=["Rollout length is a tuned per-environment schedule (official configs: fixed at 1 step for HalfCheetah and Walker2d, rising from 1 to 15 for Hopper and from 1 to 25 for Ant and Humanoid)", "Learns from low-dimensional states; there is no pixel model", "The official code needs a hand-written termination function for each environment"],
        papers=["janner2019mbpo"],
        sources=[("NeurIPS 2019 proceedings page (authors, abstract)", "https://proceedings.neurips.cc/paper/2019/hash/5faf461eff3099671ad63c6f3f094f7f-Abstract.html"),
                 ("arXiv 1906.08253", "https://arxiv.org/abs/1906.08253"),
                 ("official code README (BibTeX, rollout schedule, PETS model code)", "https://github.com/jannerm/mbpo")],
        checked="2026-12",
        learn=("MBPO — official code", "https://github.com/jannerm/mbpo")),

    dict(
        id="slac",
        name="SLAC (Stochastic Latent Actor-Critic)",
        short="SLAC",
        family="Latent",
        anim="latentroll",
        date="2019-07",
        added="2026-12",
        aliases=["Stochastic Latent Actor-Critic"],
        tagline="Learn a stochastic sequential latent model from pixels, then train a soft actor-critic whose critic works on latent states, not images.",
        simple="SLAC splits learning from pixels into two jobs. A sequential latent-variable model learns, from images and actions alone, a compact stochastic state that explains and predicts the observations. A soft actor-critic then learns its critic on samples of that latent state, while the actor acts from the history of observations. Because the critic sees a compact state instead of raw pixels, learning is far more sample-efficient than model-free RL from images.",
        mapping="images + actions → stochastic sequential latent model (ELBO) → latent samples z_t → soft critic Q(z, a) → actor on observation history → action",
        math=r"\max_\psi\ \mathbb{E}_{q_\psi}\Big[\sum_t \log p_\psi(x_{t+1}\mid z_{t+1})-D_{\mathrm{KL}}\big(q_\psi(z_{t+1}\mid x_{t+1},z_t,a_t)\,\|\,p_\psi(z_{t+1}\mid z_t,a_t)\big)\Big],\qquad J_Q=\mathbb{E}\Big[\tfrac12\big(Q_\theta(z_t,a_t)-r_t-\gamma V_{\bar\theta}(z_{t+1})\big)^2\Big]",
        when="Continuous control from images when you want model-based sample efficiency but a plain actor-critic at decision time.",
        pros=["Outperformed both model-free and model-based alternatives on image-based control tasks in its experiments", "The critic learns in a compact latent space instead of on pixels", "No planning at test time: one actor forward pass per step"],
        cons=["The model shapes the representation; it is not used for imagined rollouts or planning", "Needs a reconstruction (ELBO) objective on every image", "Evaluated on simulated suites (DeepMind Control, OpenAI Gym)"],
        papers=["lee2020slac"],
        sources=[("arXiv 1907.00953 (abstract)", "https://arxiv.org/abs/1907.00953"),
                 ("official code README (BibTeX: NeurIPS 2020)", "https://github.com/alexlee-gk/slac"),
                 ("paper text 1907.00953v4, introduction", "https://arxiv.org/abs/1907.00953v4")],
        checked="2026-12",
        learn=("SLAC — project page", "https://alexlee-gk.github.io/slac/")),

    dict(
        id="dynalang",
        name="Dynalang (Learning to Model the World With Language)",
        short="Dynalang",
        family="Latent",
        anim="dream",
        anim_params={'horizon': 15, 'lam': 0.95},
        date="2023-07",
        added="2026-12",
        aliases=["Learning to Model the World with Language"],
        tagline="A DreamerV3-style world model that reads one text token per step and learns by predicting future text, images and reward.",
        simple="Dynalang treats language as something to predict, not only as an order to follow. At each time step the agent sees an image and one text token; its multimodal world model compresses both into a latent state, predicts the next representation and decodes image, text, reward and episode continuation. The policy is trained on imagined rollouts, so hints, game rules and descriptions help simply because they make the future easier to predict. The world model can also be pretrained on text-only data.",
        mapping="image + one text token per step → multimodal latent state → predict next latent; decode image, text, reward → imagined rollouts → actor-critic",
        math=r"z_t\sim\mathrm{enc}(x_t,l_t,h_t),\quad \hat z_{t+1}\sim p_\phi(\cdot\mid h_{t+1}),\quad (\hat x_t,\hat l_t,\hat r_t,\hat c_t)=\mathrm{dec}(z_t,h_t),\qquad \min_\phi\ \mathcal{L}_{\text{pred}}+\mathcal{L}_{\text{repr}}",
        when="Agents that should use diverse language (hints, rules, corrections, descriptions), not just instructions, in visual environments.",
        pros=["Uses environment descriptions, game rules and instructions to improve task performance", "The world model can be pretrained on text-only data", "Can generate language grounded in the environment"],
        cons=["Language arrives one token per time step, so long texts span many environment steps", "Inherits DreamerV3's reconstruction-based world model", "Shown on HomeGrid, Messenger, VLN-CE home scans and LangRoom, not on real robots"],
        papers=["lin2024dynalang"],
        sources=[("arXiv 2308.01399 (v1 abstract page, submitted 31 Jul 2023)", "http://arxiv.org/abs/2308.01399v1"),
                 ("ICML 2024 proceedings (PMLR 235)", "https://proceedings.mlr.press/v235/lin24g.html"),
                 ("official code README and configs.yaml", "https://github.com/jlin816/dynalang")],
        checked="2026-12",
        learn=("Dynalang — project page", "https://dynalang.github.io/")),

    dict(
        id="s4wm",
        name="S4WM (S4-based world model; RNN vs Transformer vs S4 backbones)",
        short="S4WM",
        family="Latent",
        anim="latentroll",
        date="2023-07",
        added="2026-12",
        aliases=["Facing Off World Model Backbones"],
        tagline="Swap the world model's RNN for an S4 state-space model: parallel training, fast imagination, and memory over up to 2000 steps.",
        simple="Dreamer-style world models carry the past in an RNN, which forgets. Transformers remember more but are slow to imagine with. S4WM is the first world model built on parallelizable state-space models (S4 and its variants), keeping latent variables so it can still imagine image sequences. The authors then test RNN-based (RSSM), Transformer-based (TSSM) and S4-based world models on environments built to probe memory: long-term imagination, context-dependent recall, reward prediction and memory-based reasoning, with sequences of up to 2000 steps. S4WM remembers better than the Transformer model and is more efficient to train and to imagine with.",
        mapping="frames + actions → encoder → stochastic latents z_t → S4 blocks over the whole sequence (parallel in training, recurrent in imagination) → decoder / reward → compare with RSSM and TSSM",
        math=r"h_{1:T}=\mathrm{S4}\big(z_{0:T-1},a_{0:T-1}\big),\qquad \mathcal{L}=\sum_{t}\Big(\mathbb{E}\big[-\log p(x_t\mid h_t,z_t)\big]+\mathrm{KL}\big(q_\phi(z_t)\,\|\,p(z_t\mid h_t)\big)\Big)\quad(q_\phi=\text{encoder posterior})",
        when="Partially observable tasks where the world model must remember events hundreds or thousands of steps back.",
        pros=["First world model compatible with parallelizable SSMs such as S4", "Better long-term memory than the Transformer-based TSSM, with more efficient training and imagination", "Benchmarks that separate four memory skills, with sequences up to 2000 steps"],
        cons=["Compared with two designs only: RSSM (RNN) and TSSM (Transformer)", "Results are on environments the authors tailored to probe memory", "Adds state-space-model machinery (S4 parameterisations) to the world model"],
        papers=["deng2023s4wm"],
        sources=[("arXiv 2307.02064 (abstract; v1 5 July 2023)", "https://arxiv.org/abs/2307.02064"),
                 ("project page (comparison with TSSM and RSSM, sequence lengths up to 2000)", "https://fdeng18.github.io/s4wm/"),
                 ("NeurIPS 2023 poster page", "https://neurips.cc/virtual/2023/poster/72223")],
        checked="2026-12",
        learn=("S4WM — project page", "https://fdeng18.github.io/s4wm/")),

    dict(
        id="safedreamer",
        name="SafeDreamer (safe RL with world models)",
        short="SafeDreamer",
        family="Latent",
        anim="dream",
        anim_params={'horizon': 15, 'lam': 0.95},
        date="2023-07",
        added="2026-12",
        aliases=["Safe DreamerV3", "OSRP-Lag", "BSRP-Lag"],
        tagline="DreamerV3 plus a cost model and Lagrangian safety: plan or imagine with reward and cost to reach nearly zero violations.",
        simple="Safe RL asks an agent to collect reward while keeping a safety cost under a budget. SafeDreamer adds a cost predictor and cost critic to the Dreamer world model and balances reward against cost with Lagrange multipliers. It comes in variants that plan online inside the world model (OSRP, OSRP-Lag) or train a safe actor in imagination in the background (BSRP-Lag). On Safety-Gymnasium it reaches nearly zero cost from low-dimensional and from vision-only inputs.",
        mapping="observation → DreamerV3 world model with cost head → online planning or imagined actor-critic → Lagrangian reward–cost trade-off → safe action",
        math=r"\max_{\pi}\ \min_{\lambda\ge 0}\ \ \mathbb{E}_\pi\Big[\sum_t\gamma^t r_t\Big]-\lambda\Big(\mathbb{E}_\pi\Big[\sum_t\gamma^t c_t\Big]-b\Big)\qquad(\text{rewards }r_t\text{ and costs }c_t\text{ predicted in the world model, cost budget }b)",
        when="Vision-based RL with safety constraints, where cost violations must go to nearly zero.",
        pros=["Nearly zero-cost performance on Safety-Gymnasium tasks, from vector and from vision-only inputs", "Open code plus 80+ model checkpoints for 20 tasks", "Offers both online-planning and background-imagination variants"],
        cons=["Built on DreamerV3's JAX stack, with strict JAX/CUDA version requirements (tested with jax 0.3.25)", "Evaluated in simulation (Safety-Gymnasium) only", "Several variants plus Lagrangian/PID hyperparameters to choose"],
        papers=["huang2024safedreamer"],
        sources=[("arXiv 2307.07176 (ar5iv and v3 HTML)", "https://arxiv.org/abs/2307.07176"),
                 ("ICLR 2024 virtual poster page (author order)", "https://iclr.cc/virtual/2024/poster/17597"),
                 ("official code: README, configs.yaml, behaviors.py", "https://github.com/PKU-Alignment/SafeDreamer")],
        checked="2026-12",
        learn=("SafeDreamer — official code and checkpoints", "https://github.com/PKU-Alignment/SafeDreamer")),

    dict(
        id="dreamsmooth",
        name="DreamSmooth (reward smoothing for model-based RL)",
        short="DreamSmooth",
        family="Latent",
        anim="dream",
        date="2023-11",
        added="2026-12",
        tagline="World models often miss sparse rewards; train the reward head on a temporally smoothed reward instead, a one-line change.",
        simple="In Dreamer-style agents the policy learns only from rewards the world model predicts. With sparse rewards (a block touching a bin for one timestep) the reward head learns to predict zero almost everywhere, and the agent never sees the goal in imagination. DreamSmooth smooths each episode's rewards over time (Gaussian, uniform window or exponential moving average) before storing them in the replay buffer, so the model only has to predict roughly when a reward comes. Built on DreamerV3, it reaches state-of-the-art results on long-horizon sparse-reward tasks without hurting DMC or Atari.",
        mapping="collect episode → smooth rewards over time (Gaussian / uniform / EMA) → replay buffer → world model learns smoothed reward → imagined returns → actor-critic",
        math=r"\tilde r_t=\sum_{i}\frac{\exp\big(-(t-i)^2/2\sigma^2\big)}{\sum_{j}\exp\big(-(t-j)^2/2\sigma^2\big)}\,r_i\quad\text{or}\quad \tilde r_t=\alpha\,\tilde r_{t-1}+(1-\alpha)\,r_t;\qquad \mathcal{L}_{\text{rew}}=-\log p_\phi\big(\tilde r_t\mid z_t\big)",
        when="Sparse or ambiguous rewards (manipulation, Crafter-like tasks) where a world model's reward head collapses to zero.",
        pros=["One-line change to the replay buffer, no new networks", "State-of-the-art sample efficiency and final performance on long-horizon sparse-reward tasks (its authors' claim)", "Does not lose performance on DeepMind Control or Atari"],
        cons=["Smoothing shifts reward in time, so the agent can be rewarded slightly before or after the true event", "Smoothing width (σ, δ or α) is a new hyperparameter per task", "Only treats the reward head; dynamics errors are untouched"],
        papers=["lee2024dreamsmooth"],
        sources=[("arXiv 2311.01450 (abstract)", "https://arxiv.org/abs/2311.01450"),
                 ("official code README (BibTeX, ICLR 2024, built on DreamerV3) and embodied/core/smoothing.py (smoothing rules)", "https://github.com/vint-1/dreamsmooth"),
                 ("OpenReview (ICLR 2024)", "https://openreview.net/forum?id=GruDNzQ4ux")],
        checked="2026-12",
        learn=("DreamSmooth — project page", "https://vint-1.github.io/dreamsmooth")),

    dict(
        id="genrl",
        name="GenRL (multimodal-foundation world models)",
        short="GenRL",
        family="Latent",
        anim="dream",
        date="2024-06",
        added="2026-12",
        aliases=["Multimodal foundation world models", "MFWM"],
        tagline="Align a video-language model's embeddings with a world model's latent space, then learn tasks from text or video prompts in imagination.",
        simple="GenRL connects a foundation video-language model to the latent space of a generative world model, without any language annotations in the agent's data. A prompt, either text or a short video, is embedded by the VLM and turned into a sequence of world-model latent states; the agent then learns the behaviour in imagination by being rewarded for reaching states that match it. The same machinery allows 'data-free' policy learning, where a new task is learned entirely inside the model.",
        mapping="text or video prompt → VLM embedding (InternVideo2) → aligner + connector → target latent trajectory → actor-critic in imagination",
        math=r"e=f_{\text{VLM}}(\text{prompt}),\qquad \hat s^{\,e}_{1:T}=\mathrm{conn}\big(\mathrm{align}(e)\big),\qquad r_t=\cos\big(s_t,\hat s^{\,e}_t\big),\qquad \max_\pi\ \mathbb{E}_{\text{imagination}}\Big[\sum_t\gamma^t r_t\Big]",
        when="Multi-task locomotion or manipulation where tasks should be given as language or video prompts instead of reward code.",
        pros=["Tasks specified by language or video prompts, without per-task reward design", "Needs no language annotations in the embodied data", "Models, datasets and a Gradio demo are released"],
        cons=["Limited by how well the VLM's embedding space matches the embodied domain", "Shown on simulated locomotion and manipulation domains", "Needs gated InternVideo2 weights to run"],
        papers=["mazzaglia2024genrl"],
        sources=[("arXiv 2406.18043 (v1 and v2 HTML)", "https://arxiv.org/abs/2406.18043"),
                 ("official code README (BibTeX: NeurIPS 2024; data collection with DreamerV3 / Plan2Explore)", "https://github.com/mazpie/genrl")],
        checked="2026-12",
        learn=("GenRL — project page", "https://mazpie.github.io/genrl")),

    # ---------------- Value ----------------

    dict(
        id="muzero",
        name="MuZero",
        short="MuZero",
        family="Value",
        anim="mcts",
        date="2019-11",
        tagline="AlphaZero without the rulebook: latents trained only to predict reward, value, policy — searched with MCTS.",
        simple=("MuZero plays Go, chess, and Atari at superhuman level without being told the rules. Its learned "
                "model never simulates boards or pixels — its abstract state only answers the three questions search "
                "cares about: what's the reward, who's winning, what looks promising? A world model only needs to be "
                "accurate about decisions."),
        mapping="observations → abstract latent → MCTS over (reward, value, policy) heads → action",
        math=r"\mathcal{L}=\sum_{k=0}^{K}\Big[\ell^r(u_{t+k},\hat r_t^k)+\ell^v(z_{t+k},\hat v_t^k)+\ell^p(\pi_{t+k},\hat p_t^k)\Big]",
        when="Discrete-action domains with strategic depth where tree search pays off.",
        pros=["Superhuman with no rules given", "Value-equivalent: accurate about decisions, not pixels", "Deployed in real products (video compression)"],
        cons=["Extremely sample- and compute-hungry", "Continuous control needs nontrivial extensions", "Latents uninterpretable and task-locked"],
        papers=["schrittwieser2020muzero", "deepmind2022youtube"],
        sources=[("arXiv 1911.08265 (Nature 2020)", "https://arxiv.org/abs/1911.08265"),
                 ("Google DeepMind blog: MuZero on YouTube", "https://deepmind.google/discover/blog/muzeros-first-step-from-research-into-the-real-world")],
        checked="2026-11",
        learn=("MuZero — DeepMind blog", "https://deepmind.google/discover/blog/muzero-mastering-go-chess-shogi-and-atari-without-rules/")),

    dict(
        id="efficientzero",
        name="EfficientZero (V1/V2)",
        short="EfficientZero",
        aliases=["EfficientZero V2", "EfficientZeroV2"],
        family="Value",
        anim="mcts",
        date="2021-11",
        tagline="MuZero made sample-efficient: a SimSiam consistency loss → superhuman Atari in 2 hours of play.",
        simple=("MuZero needed billions of frames; EfficientZero gets superhuman Atari scores from two hours of "
                "gameplay. Rewards alone are too weak a signal from so little data, so it adds a self-supervised loss "
                "forcing the model's imagined next state to match the encoder's actual next state. V2 extended the "
                "recipe to continuous control."),
        mapping="limited replay → latent state → MCTS, + next-state consistency as extra signal",
        math=r"\mathcal{L}_{\text{consist}}=-\,\mathrm{sim}\big(P(g_\theta(z_t,a_t)),\;\mathrm{sg}[h_\theta(o_{t+1})]\big)",
        when="When environment samples are the bottleneck — the sample-efficiency record-holder lineage.",
        pros=["First superhuman Atari-100k (~2h experience)", "Consistency loss is simple and transferable", "V2 spans discrete/continuous"],
        cons=["Heavy machinery (MCTS + reanalysis)", "High wall-clock compute per step", "Less plug-and-play than Dreamer/TD-MPC"],
        papers=["ye2021efficientzero", "wang2024efficientzerov2"],
        sources=[("arXiv 2111.00210 (EfficientZero)", "https://arxiv.org/abs/2111.00210"),
                 ("arXiv 2403.00564 (EfficientZero V2)", "https://arxiv.org/abs/2403.00564")],
        checked="2026-11",
        learn=("EfficientZero: How It Works — illustrated", "https://www.alignmentforum.org/posts/mRwJce3npmzbKfxws/efficientzero-how-it-works")),

    dict(
        id="tdmpc",
        name="TD-MPC / TD-MPC2",
        short="TD-MPC2",
        aliases=["TD-MPC2"],
        family="Value",
        anim="plan",
        anim_params=dict(method="MPPI", samples=64, iters=6),
        date="2022-03",
        tagline="Decoder-free latents shaped by TD-learning; short-horizon MPPI search + a learned terminal value.",
        simple=("TD-MPC never reconstructs pixels — its latent space only has to predict rewards and values. At "
                "decision time it searches a few steps ahead in latent space and lets a value function judge "
                "everything beyond, like a chess player calculating 5 moves deep then trusting intuition. TD-MPC2: "
                "one config, one 317M agent, 80 tasks."),
        mapping="observation → task-oriented latent → MPPI + terminal value Q → action",
        math=r"a^*=\arg\max_{a_{t:t+H}}\mathbb{E}\Big[\sum_{h=0}^{H-1}\gamma^h R_\theta(z_h,a_h)+\gamma^H Q_\theta(z_H,a_H)\Big]",
        when="The strong default for continuous-control benchmarks and multi-task robot learning.",
        pros=["104 tasks, one hyperparameter set", "SOTA on hard locomotion/manipulation", "Open code; the practical workhorse"],
        cons=["Can't generate observations or transfer without rewards", "Planning overhead every control step", "Novel-embodiment transfer limited"],
        papers=["hansen2022tdmpc", "hansen2024tdmpc2"],
        sources=[("arXiv 2203.04955 (TD-MPC)", "https://arxiv.org/abs/2203.04955"),
                 ("arXiv 2310.16828 (TD-MPC2)", "https://arxiv.org/abs/2310.16828")],
        checked="2026-11",
        learn=("TD-MPC2 — project page", "https://www.tdmpc2.com/")),

    dict(
        id="predictron",
        name="The Predictron",
        short="Predictron",
        family="Value",
        anim="latentroll",
        date="2016-12",
        tagline="The first model trained only to get values right: roll an abstract reward process forward, average its k-step returns.",
        simple=("The predictron has an internal model that is never asked to look like the world. It imagines a few "
                "steps ahead in an abstract space, collecting made-up rewards and discounts, and reads off a value "
                "estimate at every depth. Everything is trained end-to-end so these imagined returns match the real "
                "ones — so the model learns only what matters for predicting value. Tested on random mazes and a pool "
                "simulator."),
        mapping="observation → abstract state → k imagined steps (reward, discount, value) → λ-weighted return",
        math=r"g^{k}=r^{1}+\gamma^{1}\big(r^{2}+\gamma^{2}(\cdots+\gamma^{k}v^{k})\big),\quad g^{\lambda}=\sum_{k=0}^{K}w^{k}g^{k},\quad \mathcal{L}=\tfrac12\big\|g-g^{\lambda}\big\|^{2}",
        when="To understand the roots of value-equivalent models: planning inside a model that never predicts observations.",
        pros=["Model shaped purely by value accuracy", "More accurate predictions than conventional deep nets in its tests", "Clean ancestor of VPN and MuZero"],
        cons=["Prediction only — no actions, so no control or search", "Tested on small synthetic domains (mazes, pool)", "Abstract steps are not tied to real time steps"],
        papers=["silver2017predictron"],
        sources=[("arXiv 1612.08810", "https://arxiv.org/abs/1612.08810")],
        checked="2026-11",
        learn=("The Predictron — ICML 2017 proceedings page (PMLR)", "https://proceedings.mlr.press/v70/silver17a.html")),

    dict(
        id="vpn",
        name="Value Prediction Network (VPN)",
        short="VPN",
        family="Value",
        anim="mcts",
        date="2017-07",
        tagline="An action-conditioned abstract model that predicts rewards and values, not frames — planned with short lookahead.",
        simple=("VPN gives the abstract model actions (options): from an abstract state it predicts the reward, "
                "discount, next abstract state and value of each option, and plans with a small lookahead tree in "
                "that space. In a stochastic task where predicting observations is hard it beat both model-free and "
                "observation-predicting baselines, and it beat DQN on several Atari games with only short lookahead."),
        mapping="observation → abstract state → option-conditional (reward, discount, value) → d-step lookahead → action",
        math=r"Q^{d}(s,o)=r+\gamma V^{d}(s'),\qquad V^{d}(s)=\begin{cases}V(s) & d=1\\ \tfrac{1}{d}V(s)+\tfrac{d-1}{d}\max_{o}Q^{d-1}(s,o) & d>1\end{cases}",
        when="Stochastic or visually complex tasks where a value-focused model plus short search beats pixel prediction.",
        pros=["Beat model-free and model-based baselines in a stochastic planning task", "Outperformed DQN on several Atari games with short lookahead", "Named by MuZero as its closest precursor"],
        cons=["Search uses only values — no learned policy prior", "Short lookahead only", "Superseded by MuZero's large-scale MCTS"],
        papers=["oh2017vpn"],
        sources=[("arXiv 1707.03497", "https://arxiv.org/abs/1707.03497")],
        checked="2026-11",
        learn=("Value Prediction Network — official code", "https://github.com/junhyukoh/value-prediction-network")),

    dict(
        id="value-equivalence",
        name="Value Equivalence Principle",
        short="Value Equivalence",
        family="Value",
        anim="plan",
        date="2020-11",
        tagline="Theory for the family: two models are equivalent if they give the same Bellman updates for the policies and values you use.",
        simple=("Why may a world model be 'wrong' about pixels? This paper's answer: it only has to produce the same "
                "Bellman updates as the real world for the policies and value functions you actually plan with. The "
                "more policies and functions you demand, the smaller the set of acceptable models — in the limit only "
                "the perfect model is left. It argues this is why the predictron, VPN, TreeQN and MuZero work without "
                "reconstructing observations."),
        mapping="policies Π + value functions 𝒱 → Bellman updates to match → smallest sufficient model class → value-based planning",
        math=r"\tilde m\equiv_{\Pi,\mathcal V}m^{*}\iff \tilde{\mathcal T}_{\pi}v=\mathcal T_{\pi}v\;\;\forall\,\pi\in\Pi,\;v\in\mathcal V,\qquad \mathcal T_{\pi}v=r_{\pi}+\gamma P_{\pi}v",
        when="When deciding what a planning model must predict — and what it may safely ignore.",
        pros=["Formal justification for decoder-free, value-focused models", "Shows how the model class shrinks as demands grow", "Unifies VIN, predictron, VPN, TreeQN and MuZero"],
        cons=["Mostly theory, small-scale experiments", "Equivalence holds only for the chosen policies/functions — new tasks can break it", "Leaves open how to choose those sets (taken up by 'proper value equivalence')"],
        papers=["grimm2020valueequivalence"],
        sources=[("arXiv 2011.03506", "https://arxiv.org/abs/2011.03506")],
        checked="2026-11",
        learn=("The Value Equivalence Principle — NeurIPS 2020 page", "https://proceedings.neurips.cc/paper/2020/hash/3bb585ea00014b0e3ebe4c6dd165a358-Abstract.html")),

    dict(
        id="sampled-muzero",
        name="Sampled MuZero",
        short="Sampled MuZero",
        family="Value",
        anim="mcts", anim_params=dict(variant="Sampled"),
        date="2021-04",
        tagline="MuZero for huge or continuous action spaces: search and learn over a small sample of actions, not all of them.",
        simple=("MuZero's tree search lists every possible move at each node — impossible for a robot arm with "
                "continuous joints. Sampled MuZero draws a handful of candidate actions from its policy, searches "
                "over just those, and corrects for the sampling so that policy improvement stays principled. The same "
                "recipe works in Go and in continuous-control suites."),
        mapping="observation → latent state → K actions sampled from the policy → MCTS over the samples → improved policy + action",
        math=r"a^{*}=\arg\max_{a\in\{a_1,\ldots,a_K\}\sim\beta}\Big[Q(s,a)+c\,\tfrac{\hat\beta(a\mid s)}{\beta(a\mid s)}\,\pi(a\mid s)\,\tfrac{\sqrt{\sum_b N(s,b)}}{1+N(s,a)}\Big]",
        when="Planning with a learned model when actions are continuous, high-dimensional or combinatorial.",
        pros=["Extends MuZero to arbitrary action spaces", "Principled sample-based policy improvement", "Shown on Go, DeepMind Control Suite and Real-World RL Suite"],
        cons=["Still MCTS-heavy compute per step", "Number of samples trades accuracy for speed", "Deterministic model (randomness needs Stochastic MuZero)"],
        papers=["hubert2021sampledmuzero"],
        sources=[("arXiv 2104.06303", "https://arxiv.org/abs/2104.06303")],
        checked="2026-11",
        learn=("Sampled MuZero — blog post by co-author Julian Schrittwieser", "https://www.furidamu.org/blog/2021/07/18/learning-and-planning-in-complex-action-spaces/")),

    dict(
        id="stochastic-muzero",
        name="Stochastic MuZero",
        short="Stochastic MuZero",
        family="Value",
        anim="mcts", anim_params=dict(variant="Stochastic"),
        date="2021-10",
        tagline="MuZero with dice: split each step into a deterministic 'afterstate' and a learned chance outcome, then search both.",
        simple=("Plain MuZero assumes an action always leads to one next state — fine for chess, wrong for backgammon "
                "or 2048, where dice or random tiles follow your move. Stochastic MuZero splits each step in two: "
                "your action gives an 'afterstate', then a learned chance outcome picks the next state. Its search "
                "tree alternates decision nodes and chance nodes; it matched or beat the state of the art in 2048 and "
                "backgammon and kept MuZero's level in Go."),
        mapping="observation → latent state → action → afterstate → learned chance outcome, searched with chance nodes",
        math=r"as^{k}=\varphi(s^{k},a^{k}),\quad c^{k}\sim\sigma(c\mid as^{k}),\quad (s^{k+1},\hat r^{k+1})=g(as^{k},c^{k}),\quad \mathcal{L}=\mathcal{L}^{\text{MuZero}}+\mathcal{L}^{\text{chance}}",
        when="Planning in games or tasks with genuine randomness or hidden information.",
        pros=["Matched or exceeded the state of the art in 2048 and backgammon", "Same performance as MuZero in Go", "Chance outcomes are learned, no rules given"],
        cons=["Chance outcomes squeezed into a fixed-size discrete code", "Chance branching makes the search tree bigger", "Shown mainly on board and puzzle games"],
        papers=["antonoglou2022stochasticmuzero"],
        sources=[("ICLR 2022 paper (OpenReview)", "https://openreview.net/forum?id=X6D9bAHhBQ1")],
        checked="2026-11",
        learn=("Stochastic MuZero — blog post by co-author Julian Schrittwieser", "https://www.furidamu.org/blog/2022/05/15/planning-in-stochastic-environments-with-a-learned-model/")),

    dict(
        id="vin",
        name="Value Iteration Networks (VIN)",
        short="VIN",
        family="Value",
        anim="plan",
        date="2016-02",
        tagline="A planner inside the network: value iteration written as convolutions and a max, trained end-to-end by backpropagation.",
        simple=("A VIN contains a small planning module. From the observation it builds a learned reward map and "
                "transition kernels, then runs a fixed number of value-iteration sweeps — each sweep is a convolution "
                "followed by a max over action channels — and reads the action off the resulting values. Nothing "
                "forces the internal model to match the true environment: it only has to yield good decisions, "
                "which is why VIN is often listed as an early value-equivalent model. Its policies generalize better "
                "to unseen maps than reactive networks."),
        mapping="observation → learned reward map + transition kernels → K value-iteration sweeps (conv + max) → attention on current state → action",
        math=r"\bar Q^{(k)}_{\bar a,i,j}=\sum_{l,i',j'}W^{\bar a}_{l,i',j'}\,\big[\bar R;\bar V^{(k)}\big]_{l,\,i-i',\,j-j'},\qquad \bar V^{(k+1)}_{i,j}=\max_{\bar a}\bar Q^{(k)}_{\bar a,i,j}",
        when="Navigation-like tasks with spatial structure where explicit planning should generalize to new maps.",
        pros=["Fully differentiable planning module, trained with standard backpropagation", "Better generalization to unseen domains than reactive policies", "Shown on grid worlds, Mars terrain, continuous control and a web-navigation task"],
        cons=["Assumes a grid-like state space the convolution can sweep", "Number of iterations bounds the planning horizon", "Mostly imitation-style training on small domains"],
        papers=["tamar2016vin"],
        sources=[("arXiv 1602.02867", "https://arxiv.org/abs/1602.02867")],
        checked="2026-11",
        learn=("Value Iteration Networks — NeurIPS proceedings page", "https://papers.neurips.cc/paper_files/paper/2016/hash/c21002f464c5fc5bee3b98ced83963b8-Abstract.html")),

    dict(
        id="treeqn",
        name="TreeQN / ATreeC",
        short="TreeQN",
        family="Value",
        anim="mcts",
        date="2017-10",
        tagline="A differentiable look-ahead tree in a learned abstract state space, as a drop-in replacement for the Q-network.",
        simple=("TreeQN replaces the usual Q-network of deep RL with a small search tree. From the current abstract "
                "state it applies a learned transition model for every action, recursively, predicts rewards and "
                "values at the nodes, and backs them up to get Q-values. The whole tree is trained end-to-end, so the "
                "model is shaped for its use inside the tree rather than for predicting observations. ATreeC is the "
                "actor-critic version with a softmax policy head."),
        mapping="observation → abstract state → recursive per-action transitions (tree) → predicted rewards + values → tree backup → Q-values / policy",
        math=r"Q^{d}(z,a)=r(z,a)+\gamma\Big[(1-\lambda)\,V(z'_a)+\lambda\,\underset{a'}{\mathrm{b}}\;Q^{d-1}(z'_a,a')\Big],\qquad z'_a=T_a(z)\quad(\mathrm{b}=\text{soft max backup})",
        when="Discrete-action RL where a shallow learned look-ahead can improve value estimates.",
        pros=["Drop-in replacement for any discrete-action value network", "Outperformed n-step DQN and A2C on a box-pushing task", "Beat n-step DQN and value prediction networks on multiple Atari games"],
        cons=["Tree size grows exponentially with depth", "Discrete actions only", "Learned transitions are hard to interpret"],
        papers=["farquhar2018treeqn"],
        sources=[("arXiv 1710.11417", "https://arxiv.org/abs/1710.11417"),
                 ("Oxford CS publication page (ICLR 2018)", "http://www.cs.ox.ac.uk/publications/publication11717-abstract.html")],
        checked="2026-11",
        learn=("TreeQN / ATreeC — official code", "https://github.com/oxwhirl/treeqn")),

    dict(
        id="muzero-unplugged",
        name="MuZero Unplugged (Reanalyse)",
        short="MuZero Unplugged",
        family="Value",
        anim="mcts", anim_params=dict(variant="Reanalyse"),
        date="2021-04",
        tagline="Reanalyse old data with fresh search to get better targets — one MuZero algorithm for any data budget, including fully offline RL.",
        simple=("MuZero learns from targets produced by its own search. Reanalyse re-runs that search on stored "
                "trajectories with the latest network, turning old data into new, improved policy and value targets. "
                "By changing how much training data is reanalysed, the same algorithm works from huge online budgets "
                "down to learning purely from a fixed dataset — offline RL with no special adaptations. It set new "
                "state-of-the-art results both offline (RL Unplugged) and online on Atari."),
        mapping="replay / offline dataset → re-run MCTS with the latest model (Reanalyse) → improved policy + value targets → MuZero training",
        math=r"\pi^{\text{target}}_t=\mathrm{MCTS}_{\theta}(o_{\le t}),\qquad z_t=\sum_{k=0}^{n-1}\gamma^{k}u_{t+k}+\gamma^{n}\,v^{\text{MCTS}}_{\theta}(o_{\le t+n}),\qquad \mathcal{L}=\mathcal{L}^{\text{MuZero}}(\pi^{\text{target}},z)",
        when="When data is fixed or expensive and you still want MuZero-style planning — offline RL, or squeezing more out of a replay buffer.",
        pros=["One algorithm across data budgets, from online to fully offline", "New state of the art on the RL Unplugged offline benchmark", "Also state of the art on Atari in the standard 200M-frame online setting"],
        cons=["Reanalysing data with MCTS is compute-heavy", "Offline success still depends on dataset coverage", "Inherits MuZero's large networks and long training runs"],
        papers=["schrittwieser2021unplugged"],
        sources=[("arXiv 2104.06294", "https://arxiv.org/abs/2104.06294")],
        checked="2026-11",
        learn=("MuZero Unplugged — NeurIPS 2021 proceedings page", "https://papers.neurips.cc/paper_files/paper/2021/hash/e8258e5140317ff36c7f8225a3bf9590-Abstract.html")),

    dict(
        id="muesli",
        name="Muesli",
        short="Muesli",
        family="Value",
        anim="latentroll",
        date="2021-04",
        tagline="MuZero-level Atari without deep search: regularized policy optimization with a MuZero-style model as an auxiliary loss.",
        simple=("Muesli asks how much of MuZero's strength needs tree search at all. It learns a MuZero-like model, "
                "but only as an auxiliary loss and for one-step look-aheads inside the policy update; the agent acts "
                "straight from its policy network, so it runs about as fast as model-free agents. A clipped, "
                "regularized policy target keeps updates stable. On Atari it matched MuZero's state-of-the-art "
                "score, and it also worked on continuous control and 9x9 Go."),
        mapping="observations → policy/value network + MuZero-style model (auxiliary) → one-step look-ahead advantages → clipped regularized policy update → act without search",
        math=r"\pi_{\text{CMPO}}(a\mid s)\propto\pi_{\text{prior}}(a\mid s)\,\exp\big(\mathrm{clip}(\hat A(s,a),-c,c)\big),\qquad \mathcal{L}=\mathcal{L}_{\text{PG}}+\lambda\,\mathrm{KL}\big[\pi_{\text{CMPO}}\,\|\,\pi_\theta\big]+\mathcal{L}_{\text{model}}",
        when="When you want the representation benefits of a value-equivalent model but cannot afford tree search at acting time.",
        pros=["Matches MuZero's state-of-the-art Atari performance", "No deep search: acts directly with the policy network", "Computation speed comparable to model-free baselines"],
        cons=["Gives up the extra strength search brings in board games", "Many interacting design choices (the paper's extensive ablations)", "Still needs a model and value learning: more machinery than plain policy gradients"],
        papers=["hessel2021muesli"],
        sources=[("arXiv 2104.06159", "https://arxiv.org/abs/2104.06159")],
        checked="2026-11",
        learn=("Planning and Policy Improvement — PhD thesis of co-author Ivo Danihelka (covers Muesli and Gumbel MuZero)", "https://discovery.ucl.ac.uk/id/eprint/10167022/2/ivo_danihelka_thesis.pdf")),

    dict(
        id="proper-ve",
        name="Proper Value Equivalence (PVE)",
        short="Proper VE",
        family="Value",
        anim="plan",
        date="2021-06",
        tagline="Value equivalence with respect to value functions only: every PVE model is sufficient for optimal planning — and MuZero bounds its loss.",
        simple=("The value-equivalence principle says a model only needs to get Bellman updates right for chosen "
                "policies and functions — but which ones? This follow-up generalizes VE to k applications of the "
                "Bellman operator; in the limit only the policies' value functions matter. This 'proper' VE class "
                "can still contain many models, yet all of them yield an optimal policy. The paper derives a loss for "
                "learning PVE models, shows that MuZero minimizes an upper bound on it, and uses that link to improve "
                "MuZero in practice."),
        mapping="policies Π → their value functions v_π → models matching v_π (order-k VE, k → ∞) → PVE loss → modified MuZero",
        math=r"\tilde m\in\mathcal M^{k}(\Pi,\mathcal V)\iff\tilde{\mathcal T}^{k}_{\pi}v=\mathcal T^{k}_{\pi}v\;\;\forall\pi\in\Pi,\,v\in\mathcal V;\qquad k\to\infty:\;\;\tilde m\ \text{PVE}\iff v^{\tilde m}_{\pi}=v_{\pi}\;\;\forall\pi\in\Pi",
        when="When reasoning about what a decision-focused model must get right, and why MuZero-style losses work.",
        pros=["Shows all PVE models suffice for optimal planning", "Explains MuZero's loss as an upper bound on the PVE loss", "A MuZero modification derived from the theory improved performance"],
        cons=["Mostly theoretical; small-scale experiments", "Which set of policies to use in practice stays open", "Builds on (and needs) the earlier VE framework to read"],
        papers=["grimm2021pve"],
        sources=[("arXiv 2106.10316", "https://arxiv.org/abs/2106.10316")],
        checked="2026-11",
        learn=("Proper Value Equivalence — NeurIPS 2021 proceedings page", "https://papers.nips.cc/paper/2021/hash/400e5e6a7ce0c754f281525fae75a873-Abstract.html")),

    dict(
        id="gumbel-muzero",
        name="Gumbel MuZero (Policy Improvement by Planning with Gumbel)",
        short="Gumbel MuZero",
        family="Value",
        anim="mcts", anim_params=dict(variant="Gumbel"),
        date="2021-10",
        tagline="Sample root actions without replacement (Gumbel-Top-k), halve them sequentially — search that improves the policy even with 2 simulations.",
        simple=("AlphaZero and MuZero can fail to improve their policy when the search does not visit every root "
                "action. Gumbel MuZero samples a few root actions without replacement using the Gumbel-Top-k trick, "
                "spends the simulation budget on them with Sequential Halving, and picks the survivor; the policy "
                "target is built from completed Q-values, which guarantees improvement. It matched the state of the "
                "art on Go, chess and Atari, and planned far better with very few simulations."),
        mapping="policy logits + Gumbel noise → top-k root actions → Sequential Halving with the learned model → best action + improved policy target",
        math=r"A_{n}=\underset{a}{\mathrm{top}\text{-}n}\big(g(a)+\mathrm{logits}(a)\big),\quad g(a)\sim\mathrm{Gumbel}(0),\qquad a^{*}=\arg\max_{a\in A_n}\Big[g(a)+\mathrm{logits}(a)+\sigma\big(\hat q(a)\big)\Big]",
        when="MuZero-style planning under a tight simulation budget, or when every search step is expensive.",
        pros=["Policy improvement guaranteed even when not all actions are visited", "Matches the state of the art on Go, chess and Atari", "Big gains with few simulations; open-source in DeepMind's mctx library"],
        cons=["Still needs a learned model and search at act time", "Monotone transform σ of Q-values adds scale hyperparameters", "Gains shrink when the simulation budget is large"],
        papers=["danihelka2022gumbel"],
        sources=[("ICLR 2022 paper (OpenReview)", "https://openreview.net/forum?id=bERaNdoegnO"),
                 ("ICLR 2022 poster page", "https://dev.iclr.cc/virtual/2022/poster/6418")],
        checked="2026-11",
        learn=("mctx — DeepMind's JAX MCTS library with Gumbel MuZero", "https://github.com/deepmind/mctx")),

    dict(
        id="lightzero",
        name="LightZero (MCTS / MuZero benchmark)",
        short="LightZero",
        family="Value",
        anim="mcts",
        date="2023-10",
        tagline="One open toolkit and benchmark for the MuZero family — MuZero, EfficientZero, Sampled, Stochastic and Gumbel MuZero across many domains.",
        simple=("MuZero-style agents were scattered across incompatible codebases and mostly tested on Go and Atari. "
                "LightZero decomposes them into shared modules — data collector, replay, learner, MCTS in Python and "
                "C++ — and re-implements AlphaZero, MuZero, EfficientZero, Sampled, Stochastic and Gumbel MuZero in "
                "one framework. It benchmarks them on board games, Atari, MuJoCo, MiniGrid and GoBigger, and shows "
                "which exploration and optimization tweaks matter in which setting."),
        mapping="task (board game, Atari, MuJoCo, MiniGrid, …) → shared modules (collector, replay, learner, MCTS) → MuZero-family variant → unified benchmark",
        math=r"\mathcal{L}=\sum_{k=0}^{K}\Big[\ell^{r}(u_{t+k},\hat r^{k}_t)+\ell^{v}(z_{t+k},\hat v^{k}_t)+\ell^{p}(\pi_{t+k},\hat p^{k}_t)\Big]+\lambda\,\mathcal{L}_{\text{consist}}\quad(\text{shared objective; search: PUCT, sampled, Gumbel or chance nodes})",
        when="To compare or deploy MCTS-with-a-learned-model agents beyond Go and Atari without writing each from scratch.",
        pros=["Six MCTS algorithms in one PyTorch framework (with C++ tree search)", "Benchmarks across board games, Atari, MuJoCo, MiniGrid and GoBigger", "NeurIPS 2023 Datasets & Benchmarks spotlight; actively extended (UniZero)"],
        cons=["Re-implementations may not match the original papers' scales", "MCTS remains compute-heavy for large action spaces", "Coverage of environments differs per algorithm"],
        papers=["niu2023lightzero"],
        sources=[("arXiv 2310.08348", "https://arxiv.org/abs/2310.08348"),
                 ("NeurIPS 2023 Datasets and Benchmarks paper", "https://proceedings.neurips.cc/paper_files/paper/2023/hash/765043fe026f7d704c96cec027f13843-Abstract-Datasets_and_Benchmarks.html"),
                 ("OpenReview forum", "https://openreview.net/forum?id=oIUXpBnyjv")],
        checked="2026-12",
        kind="benchmark",
        learn=("LightZero — official repo", "https://github.com/opendilab/LightZero")),

    dict(
        id="unizero",
        name="UniZero (transformer latent world model for MuZero-style planning)",
        short="UniZero",
        family="Value",
        anim="mcts",
        date="2024-06",
        tagline="MuZero planning on top of a transformer world model: latent states separated from history, for long-term memory and multitask scaling.",
        simple=("MuZero's recurrent latent state mixes the current observation with everything seen before, which "
                "hurts on tasks that need long memory. UniZero encodes each observation into its own latent, lets a "
                "transformer predict the next latent, reward, value and policy from the latent history, and still "
                "plans with MCTS. It beat the baselines on long-term-memory benchmarks, scaled better in multitask "
                "Atari, and matched or surpassed the state of the art on single-task Atari and DMControl."),
        mapping="observations → per-step latents → transformer over (latent, action) history → next latent, reward, value, policy → MCTS in latent space",
        math=r"(\hat z_{t+1},\hat r_t,\hat v_t,\hat p_t)=f_\theta\big(z_{\le t},a_{\le t}\big),\qquad \mathcal{L}=\sum_t\Big[\ell^{z}\big(\hat z_{t+1},\mathrm{sg}[h(o_{t+1})]\big)+\ell^{r}+\ell^{v}+\ell^{p}\Big]",
        when="MuZero-style planning in tasks with long-range dependencies or many tasks sharing one model.",
        pros=["Significantly better than baselines on benchmarks that need long-term memory", "Better scalability in multitask Atari", "Open code inside LightZero; TMLR 2025"],
        cons=["Transformer context adds memory and compute to every search step", "On standard single-task benchmarks it matches rather than clearly beats the state of the art", "Evaluated on games and simulated control only"],
        papers=["pu2025unizero"],
        sources=[("arXiv 2406.10667", "https://arxiv.org/abs/2406.10667"),
                 ("TMLR 2025 paper (OpenReview)", "https://openreview.net/forum?id=Gl6dF9soQo")],
        checked="2026-12",
        learn=("UniZero — code in the LightZero repo", "https://github.com/opendilab/LightZero")),


    # ---- Value: added 2026-12 ----

    dict(
        id="vagram",
        name="VaGraM (Value-Gradient weighted Model loss)",
        short="VaGraM",
        family="Value",
        anim="dream",
        date="2022-04",
        added="2026-12",
        aliases=["Value-Gradient weighted Model loss", "value-aware model learning"],
        tagline="Fit the dynamics model where the value function is sensitive: prediction errors rescaled by the value gradient.",
        simple="A maximum-likelihood model spends capacity on state dimensions the agent does not care about. Value-aware model learning asks instead that the model be accurate in terms of value, but earlier value-aware losses tended to do worse than maximum likelihood in practice. VaGraM weights each dimension of the model's prediction error by the gradient of the current value function at the next state, a first-order view of the value error. Used inside MBPO, it stays robust when the model is small or the state contains distracting dimensions.",
        mapping="transition (s, a, s') → model prediction ŝ' → value gradient ∇V at s' → gradient-weighted squared error → model used for MBPO rollouts",
        math=r"\mathcal{L}_{\text{VaGraM}}(\theta)=\sum_{i}\Big\lVert \nabla_{s}V(s)\big|_{s=s'_i}\odot\big(\hat f_\theta(s_i,a_i)-s'_i\big)\Big\rVert_2^2,\qquad\text{from}\quad V(\hat s')-V(s')\approx\nabla V(s')^{\top}(\hat s'-s')",
        when="Model-based RL with limited model capacity or many task-irrelevant state dimensions.",
        pros=["More robust than maximum likelihood with small models and with distracting state dimensions", "A drop-in replacement for the model loss of MBPO (official code on mbrl-lib)", "Grounded in an analysis of why earlier value-aware losses fail in practice"],
        cons=["Needs value-function gradients for every training sample (the code caches them)", "Tied to the current value estimate, which moves during training", "Shown on MuJoCo state-based tasks"],
        papers=["voelcker2022vagram"],
        sources=[("ICLR 2022 paper text (abstract, author list)", "https://arxiv.org/abs/2204.01464"),
                 ("official code: README (BibTeX: ICLR 2022) and mbrl/models/vaml_mlp.py", "https://github.com/pairlab/vagram")],
        checked="2026-12",
        learn=("VaGraM — official code", "https://github.com/pairlab/vagram")),

    dict(
        id="thinker",
        name="Thinker (learning to plan with a world model)",
        short="Thinker",
        family="Value",
        anim="mcts",
        date="2023-07",
        added="2026-12",
        tagline="Wrap the environment with a learned world model and let the RL agent learn how to plan by taking imaginary steps before each real one.",
        simple="Most model-based agents hand their model to a fixed planner such as MCTS. Thinker instead gives the agent new actions for interacting with a learned world model: before each real action it takes a number of imaginary steps, seeing the model's predicted rewards, values and policies, and only then acts in the real environment. The agent learns this planning behaviour with ordinary RL, and its plans can be visualised. It reached state-of-the-art results on Sokoban and competitive results on Atari.",
        mapping="real state → world model sets the root → K−1 imaginary steps chosen by the agent → augmented state with model predictions → one real action",
        math=r"\text{stage }t:\quad \tilde a_{t,k}\sim\pi\big(\cdot\mid s^{\text{aug}}_{t,k}\big),\ \ k=1,\dots,K-1\ \ (\text{model predicts }\hat r,\hat v,\hat\pi);\qquad a_t\sim\pi\big(\cdot\mid s^{\text{aug}}_{t,K}\big)\ \ (\text{one real step})",
        when="Discrete-action tasks such as Sokoban, where an agent should learn its own way of using a model rather than run a fixed search.",
        pros=["State-of-the-art on Sokoban and competitive on the Atari 2600 benchmark", "No hand-crafted planning algorithm: planning is learned by RL", "Plans are interpretable by visualising the imaginary steps"],
        cons=["Each real step costs many model steps (19 imaginary steps by default in the official code)", "Requires a discrete action space (official code)", "The default Atari run needs two RTX 3090 GPUs (official code)"],
        papers=["chung2023thinker"],
        sources=[("NeurIPS 2023 proceedings page (authors, abstract)", "http://papers.nips.cc/paper_files/paper/2023/hash/4761fab863f0900d90cf601fce6d5155-Abstract-Conference.html"),
                 ("arXiv 2307.14993 (submitted 27 Jul 2023)", "https://arxiv.org/abs/2307.14993"),
                 ("official code README (baselines, defaults)", "https://github.com/stephen-chung-mh/thinker")],
        checked="2026-12",
        learn=("Thinker — official code", "https://github.com/stephen-chung-mh/thinker")),

    dict(
        id="minizero",
        name="MiniZero (comparative analysis of AlphaZero, MuZero and their Gumbel variants)",
        short="MiniZero",
        family="Value",
        anim="mcts",
        date="2023-10",
        added="2026-12",
        kind="evaluation",
        aliases=["MiniZero framework", "progressive simulation"],
        tagline="One open framework runs AlphaZero, MuZero, Gumbel AlphaZero and Gumbel MuZero side by side on Go, Othello and 57 Atari games.",
        simple="AlphaZero plans with the true game rules; MuZero plans inside a learned, value-equivalent model; the Gumbel variants plan well with few simulations. Which to use? MiniZero implements all four in one distributed framework and trains them on 9x9 Go, 8x8 Othello and 57 Atari games. More simulations generally help on board games, AlphaZero versus MuZero depends on the game, and on Atari both MuZero and Gumbel MuZero are worth considering. It also introduces progressive simulation, which raises the simulation budget during training and clearly helps on the board games.",
        mapping="game (Go, Othello, Atari) → AlphaZero / MuZero / Gumbel AlphaZero / Gumbel MuZero in one framework → self-play with n simulations → compare strength → progressive simulation budget",
        math=r"\text{MuZero: } s^0=h_\theta(o_{\le t}),\ \ (r^k,s^{k})=g_\theta(s^{k-1},a^k),\ \ (p^k,v^k)=f_\theta(s^k);\qquad \text{progressive simulation: } n_{\text{iter}}\ \text{increases during training}",
        when="Choosing between AlphaZero- and MuZero-style planners for a new game, or needing open baselines for zero-knowledge learning.",
        pros=["Four algorithms under one implementation, so differences are not code differences", "Covers board games and all 57 Atari games, with trained models released", "Progressive simulation achieves significantly better results on both board games"],
        cons=["Conclusions are game-dependent, with no single best algorithm", "Board games limited to 9x9 Go and 8x8 Othello", "Compute-heavy: many self-play runs per algorithm and simulation count"],
        papers=["wu2024minizero"],
        sources=[("arXiv 2310.11305 (abstract; project page text)", "https://arxiv.org/abs/2310.11305"),
                 ("official code README (BibTeX, IEEE ToG, supported algorithms and games, references)", "https://github.com/rlglab/minizero")],
        checked="2026-12",
        learn=("MiniZero — project page (paper, code, trained models)", "https://rlg.iis.sinica.edu.tw/papers/minizero")),

    dict(
        id="puppeteer",
        name="Puppeteer (hierarchical world models for visual humanoid control)",
        short="Puppeteer",
        family="Value",
        anim="plan",
        date="2024-05",
        added="2026-12",
        aliases=["Hierarchical World Models as Visual Whole-Body Humanoid Controllers"],
        tagline="Two TD-MPC2 world models: a high-level puppeteer plans from images, a low-level tracker turns its commands into 56-DoF joint actions.",
        simple="Whole-body control of a simulated 56-DoF humanoid from images is hard. Puppeteer splits it in two. A low-level tracking world model is pretrained with RL on human motion-capture data to follow reference motions; a high-level 'puppeteer' world model sees images and proprioception and plans commands for the tracker. Both are trained with rewards, with no skill primitives or reward design for naturalness, and the resulting motions were broadly preferred by people in a user study.",
        mapping="image + proprioception → high-level TD-MPC2 planner → command (reference motion) → MoCap-pretrained tracking world model → joint actions",
        math=r"c_{t}=\arg\max_{c_{t:t+H}}\mathbb{E}\Big[\sum_{h}\gamma^h R^{\text{hi}}_\theta(z^{\text{hi}}_h,c_h)+\gamma^H Q^{\text{hi}}_\theta\Big],\qquad a_t=\arg\max_{a_{t:t+H}}\mathbb{E}\Big[\sum_{h}\gamma^h R^{\text{track}}_\phi(z^{\text{lo}}_h,a_h;c_t)+\gamma^H Q^{\text{lo}}_\phi\Big]",
        when="High-dimensional humanoid control from vision, where natural motion matters and reward design should stay minimal.",
        pros=["Highly performant control policies in 8 tasks with a simulated 56-DoF humanoid", "Motions broadly preferred by humans in a user study with 51 participants", "One low-level tracker is reused by all high-level task agents"],
        cons=["Simulation only (CMU Humanoid in MuJoCo / DMControl)", "Needs motion-capture data to pretrain the tracker", "Training needs a GPU with at least 24 GB of memory (official code)"],
        papers=["hansen2025puppeteer"],
        sources=[("arXiv 2405.18418 (v1 HTML: authors, abstract)", "https://arxiv.org/abs/2405.18418"),
                 ("official code README", "https://github.com/nicklashansen/puppeteer"),
                 ("ICLR 2025 paper text excerpt (baselines, user study)", "https://acmrep2026.k117.org/papers/hierarchical_world_models_as_visual_wholebody_humanoid_controllers__5b61fba4")],
        checked="2026-12",
        learn=("Puppeteer — project page", "https://www.nicklashansen.com/rlpuppeteer")),

    dict(
        id="bmpc",
        name="BMPC (Bootstrapped Model Predictive Control)",
        short="BMPC",
        family="Value",
        anim="plan",
        date="2025-03",
        added="2026-12",
        tagline="Train the policy network to imitate its own MPC planner, and let the improved policy guide the planner in turn.",
        simple="TD-MPC-style agents plan with MPC but learn their policy and value in a model-free way, which the authors find struggles on complex tasks. BMPC bootstraps instead: the network policy imitates the MPC expert's action distribution, the improved policy then guides MPC, and the value is learned with model-based TD targets. A 'lazy reanalyze' step keeps the expert actions fresh at low cost. It is built on TD-MPC2's world model and gains most on high-dimensional locomotion.",
        mapping="observation → TD-MPC2 latent world model → policy-guided MPC (expert) → imitation of MPC actions with lazy reanalyze → model-based TD value → better policy",
        math=r"\mathcal{L}_\pi=\mathbb{E}_{z_t}\Big[\sum_t\rho^{t}\Big(D_{\mathrm{KL}}\big(\pi_\theta(\cdot\mid z_t)\,\big\|\,\pi_{\text{MPC}}(\cdot\mid z_t)\big)-\alpha\,\mathcal{H}\big(\pi_\theta(\cdot\mid z_t)\big)\Big)\Big]",
        when="Hard, high-dimensional continuous control (humanoid- or dog-scale locomotion) where TD-MPC2's model-free policy learning lags.",
        pros=["Better data efficiency, asymptotic performance and training stability on high-dimensional locomotion", "Comparable training time with smaller networks", "Evaluated on 42 continuous-control tasks from DMControl and HumanoidBench"],
        cons=["Still runs MPC at every training step to produce expert actions", "Adds an expert-action buffer that must be reanalysed", "Simulation benchmarks only"],
        papers=["wang2025bmpc"],
        sources=[("ICLR 2025 paper text (abstract)", "https://arxiv.org/abs/2503.18871"),
                 ("official code: README (BibTeX: ICLR 2025), bmpc.py update_pi", "https://github.com/wertyuilife2/bmpc")],
        checked="2026-12",
        learn=("BMPC — official code", "https://github.com/wertyuilife2/bmpc")),

    dict(
        id="newt",
        name="Newt (massively multitask world model, MMBench)",
        short="Newt",
        family="Value",
        anim="plan",
        date="2025-11",
        added="2026-12",
        aliases=["MMBench", "Learning Massively Multitask World Models"],
        tagline="One language-conditioned TD-MPC2-style world model, pretrained on demonstrations, then trained online on 200 control tasks at once.",
        simple="Newt asks whether a single agent can learn hundreds of continuous-control tasks with online RL. It introduces MMBench, 200 tasks across 10 domains and many embodiments, each with language instructions, demonstrations and optional images, and a language-conditioned world model based on TD-MPC2. The model is first pretrained on the demonstrations for task-aware representations and action priors, then optimised with online interaction on all tasks together.",
        mapping="state (+ image) + language instruction → TD-MPC2 latent world model → demonstration pretraining → online multitask TD-learning + MPPI planning → action",
        math=r"a^*_{t:t+H}=\arg\max_{a_{t:t+H}}\ \mathbb{E}\Big[\sum_{h=0}^{H-1}\gamma^h R_\theta(z_h,a_h,\ell)+\gamma^H Q_\theta(z_H,a_H,\ell)\Big],\qquad z_0=h_\theta(s_t,\ell)\quad(\ell:\ \text{task language embedding})",
        when="Training one generalist agent on many continuous-control tasks and embodiments with online RL.",
        pros=["One agent trained online on all 200 MMBench tasks", "Better multitask performance and data-efficiency than a set of strong baselines, with strong open-loop control and fast adaptation to unseen tasks", "Environments, demonstrations, code and 200+ checkpoints released"],
        cons=["Relies on demonstrations for pretraining", "Simulation benchmarks only", "Early-access code release (November 2025)"],
        papers=["hansen2026newt"],
        sources=[("arXiv 2511.19584 (abstract, introduction)", "https://arxiv.org/abs/2511.19584"),
                 ("official code README (BibTeX, MMBench, based on TD-MPC2)", "https://github.com/nicklashansen/newt"),
                 ("ICLR 2026 note (OpenReview MPabX9LEds)", "https://en.papernotes.org/ICLR2026/reinforcement_learning/learning_massively_multitask_world_models_for_continuous_control/")],
        checked="2026-12",
        learn=("Newt — project page", "https://www.nicklashansen.com/NewtWM")),

    # ---------------- Token ----------------

    dict(
        id="iris",
        name="IRIS (Transformer WM)",
        short="IRIS",
        family="Token",
        anim="tokenfilm",
        date="2022-09",
        tagline="The world model as a language model: VQ frame tokens + a GPT that predicts the next frame's tokens.",
        simple=("IRIS treats experience like text: a VQ-VAE turns each frame into discrete tokens, and a GPT-like "
                "transformer predicts the next frame's tokens given past tokens and actions. The agent learns inside "
                "this 'GPT of the game' — 2 hours of Atari experience beat humans on many games, kicking off the "
                "transformer-WM wave."),
        mapping="frames → VQ tokens → next-token transformer → imagined rollouts → policy",
        math=r"\max_\theta\;\sum_t\log p_\theta\big(z_{t+1}\mid z_{\le t},a_{\le t}\big)\quad(z=\text{discrete frame tokens})",
        when="Sample-limited visual RL; importing the LLM toolbox (tokenizers, scaling) into world modeling.",
        pros=["Sequence-modeling machinery transfers directly", "Interpretable token rollouts you can watch", "Influential (Δ-IRIS, STORM, DIAMOND build on or compare against it)"],
        cons=["Many tokens per frame → slow imagination", "VQ loses fine visual detail", "Limited long-horizon memory"],
        papers=["micheli2023iris"],
        sources=[("arXiv 2209.00588", "https://arxiv.org/abs/2209.00588"),
                 ("ICLR 2023 paper (OpenReview)", "https://openreview.net/forum?id=vhFu1Acb0xb")],
        checked="2026-12",
        learn=("IRIS — official repo with rollout videos", "https://github.com/eloialonso/iris")),

    dict(
        id="gaia1",
        name="GAIA-1 (Driving Tokens)",
        short="GAIA-1",
        family="Token",
        anim="tokenfilm",
        date="2023-06",
        tagline="9B-param driving world model: next-token prediction over video tokens, conditioned on action and text.",
        simple=("GAIA-1 treats driving video like language: chop frames into discrete tokens and predict the next "
                "one, the way GPT predicts the next word. Tell it 'it starts raining' or feed a steering command and "
                "it dreams a coherent continuation of the drive. The proof that world models scale like LLMs."),
        mapping="past driving video + ego actions + text → discrete tokens → next-token world model → future driving video",
        math=r"\mathcal{L}=-\sum_{t=1}^{T}\sum_{i=1}^{n}\log p_\theta\big(z_{t,i}\mid z_{<t},\,z_{t,j<i},\,c_{\le t},\,a_{<t}\big)\quad(z=\text{image tokens},\;c=\text{text},\;a=\text{speed, curvature})",
        when="Generating realistic, controllable driving scenarios — rare events, counterfactual ego actions — to train and test driving stacks.",
        pros=["~9B parameters, trained on 4,700 hours of London driving (2019–2023)", "Text and action control, even off-distribution (steering the car off its lane)", "Validation loss follows LLM-like scaling laws, predictable from much smaller runs"],
        cons=["Results are mostly qualitative — no standard benchmark numbers", "Slow: token-by-token rollout plus a 2.6B video-diffusion decoder", "Proprietary UK data, single front camera, model not released"],
        papers=["hu2023gaia1"],
        sources=[("arXiv 2309.17080", "https://arxiv.org/abs/2309.17080"),
                 ("Wayve blog: Introducing GAIA-1 (June 2023)", "https://wayve.ai/thinking/introducing-gaia1/")],
        checked="2026-11",
        learn=("Scaling GAIA-1 — Wayve blog", "https://wayve.ai/thinking/scaling-gaia-1/")),

    dict(
        id="delta-iris",
        name="Δ-IRIS (Context-Aware Tokens)",
        short="Δ-IRIS",
        aliases=["Delta-IRIS"],
        family="Token",
        anim="tokenfilm",
        date="2024-06",
        tagline="IRIS made fast: tokenize only what changed between frames, and summarize the past with continuous tokens.",
        simple=("IRIS spends many tokens re-describing every frame, even the parts that did not change. Δ-IRIS "
                "encodes only the stochastic 'delta' between one step and the next — given the previous frames and "
                "the action — so each frame needs just a handful of tokens. The transformer also sees a continuous "
                "embedding of every frame, so it tracks the world without attending over all past Δ-tokens. Result: "
                "state of the art on Crafter at several frame budgets, about ten times faster to train than earlier "
                "attention-based agents."),
        mapping="frames + action → Δ-tokens (only what changed) → GPT predicts next Δ-tokens, reward, end → decoder rebuilds frame → imagined RL",
        math=r"z_{t+1}=E\big(x_{t+1}\mid x_{\le t},a_{\le t}\big),\quad\mathcal{L}=-\sum_t\sum_{k=1}^{K}\log p_\theta\big(z^{k}_{t+1}\mid z^{<k}_{t+1},\tilde x_{\le t},a_{\le t}\big)+\mathcal{L}_{r}+\mathcal{L}_{d}\quad(\tilde x=\text{continuous frame tokens})",
        when="Visually complex RL environments where per-frame token counts make IRIS-style world models too slow.",
        pros=["State of the art on Crafter at multiple frame budgets (ICML 2024)", "An order of magnitude faster to train than prior attention-based world models", "Code and a pretrained Crafter agent released"],
        cons=["Δ-tokens only make sense given the previous frames — no stand-alone frame code", "Still an online RL loop inside imagination", "Shown on games (Crafter, Atari), not real-world video"],
        papers=["micheli2024deltairis"],
        sources=[("arXiv 2406.19320", "https://arxiv.org/abs/2406.19320"),
                 ("updated Atari results table (official repo)", "https://github.com/user-attachments/files/16022861/results_atari_updated.pdf")],
        checked="2026-12",
        learn=("Δ-IRIS — official repo", "https://github.com/vmicheli/delta-iris")),

    dict(
        id="ivideogpt",
        name="iVideoGPT (Interactive VideoGPT)",
        short="iVideoGPT",
        family="Token",
        anim="tokenfilm",
        date="2024-05",
        tagline="A GPT over compressed video tokens, actions and rewards, pre-trained on millions of manipulation trajectories.",
        simple=("iVideoGPT puts frames, actions and rewards into one token sequence and trains a transformer to "
                "predict the next token, so an agent can 'step' the model like an environment. A compressive "
                "tokenizer encodes the context frames in full but each future frame with only a few tokens "
                "conditioned on that context, which keeps sequences short. Pre-trained on human and robot "
                "manipulation video, it is fine-tuned into an action-conditioned simulator for video prediction, "
                "visual planning and model-based RL."),
        mapping="video → compressive tokens (full context, few per future frame) → GPT with actions & rewards → imagined rollouts → planning / MBRL",
        math=r"\mathcal{L}=-\sum_{i}\log p_\theta\big(x_i\mid x_{<i}\big),\quad x=\big[z_{1:T_0},\,a_{T_0},\,z_{T_0+1},\,r_{T_0+1},\dots\big],\;\;z_{t>T_0}=E\big(o_t\mid o_{1:T_0}\big)",
        when="Robot-manipulation world models where one pre-trained video model should serve prediction, planning and MBRL.",
        pros=["Pre-trained on millions of human and robot manipulation trajectories", "One model for video prediction, visual planning and model-based RL", "Open checkpoints (138M and 436M transformers)"],
        cons=["Released checkpoints are mostly 64×64", "No action-conditioned pre-training (heterogeneous action spaces): actions come only at fine-tuning", "Token-by-token decoding is slow for long rollouts"],
        papers=["wu2024ivideogpt"],
        sources=[("arXiv 2405.15223", "https://arxiv.org/abs/2405.15223"),
                 ("official code", "https://github.com/thuml/iVideoGPT")],
        checked="2026-12",
        learn=("iVideoGPT — project page", "https://thuml.github.io/iVideoGPT/")),

    dict(
        id="videopoet",
        name="VideoPoet (LLM Video Generator)",
        short="VideoPoet",
        family="Token",
        anim="tokenfilm",
        date="2023-12",
        tagline="A decoder-only LLM that generates video (and matching audio) as discrete tokens, trained like a language model.",
        simple=("VideoPoet asks: what if video generation were just another language-model task? A MAGVIT-v2 "
                "tokenizer turns images and video into discrete codes and a SoundStream tokenizer does the same for "
                "audio; one autoregressive transformer learns a mixture of tasks — text-to-video, image-to-video, "
                "continuation, in/outpainting, stylization, video-to-audio. Like an LLM it is pretrained first and "
                "adapted later, and it is especially good at large, high-fidelity motion."),
        mapping="text / image / video / audio → MAGVIT-v2 + SoundStream tokens → multi-task decoder-only LLM → video & audio tokens → decoders",
        math=r"\mathcal{L}=-\sum_{i}\log p_\theta\big(y_i\mid y_{<i},\,\text{task prefix}\big),\quad y=\text{MAGVIT-v2 video tokens}\oplus\text{SoundStream audio tokens}",
        when="One LLM-style model for many video tasks (generation, editing, continuation, audio) instead of separate diffusion pipelines.",
        pros=["State-of-the-art zero-shot video generation at release, strong on large motions", "One model, many tasks (T2V, I2V, continuation, inpainting, stylization, video-to-audio)", "Reuses LLM training and serving machinery"],
        cons=["Not action-conditioned: a video generator, not an interactive simulator", "Quality capped by the discrete tokenizer; needs a separate super-resolution stage", "Model not publicly released"],
        papers=["kondratyuk2024videopoet"],
        sources=[("arXiv 2312.14125", "https://arxiv.org/abs/2312.14125")],
        checked="2026-11",
        learn=("VideoPoet — Google Research project page", "http://sites.research.google/videopoet/")),

    dict(
        id="lwm",
        name="LWM (Large World Model)",
        short="LWM",
        family="Token",
        anim="tokenfilm",
        date="2024-02",
        tagline="A 7B autoregressive model over text and VQGAN video tokens with up to a 1M-token context, via RingAttention.",
        simple=("LWM reads a long video the way an LLM reads a book: each frame becomes 256 VQGAN tokens, interleaved "
                "with text, and one transformer predicts the next token. The trick is length — with RingAttention and "
                "a curriculum from 4K to 1M tokens it takes in hour-long YouTube videos or huge documents in one "
                "context, and it can also generate images and videos from text. A 'world model' in the sense of "
                "learning from long video, not an action-conditioned simulator."),
        mapping="books + long videos → BPE text + VQGAN frame tokens → RingAttention transformer (4K → 1M context) → next token (text, image or video)",
        math=r"\mathcal{L}=-\sum_{i}w_{m(i)}\log p_\theta\big(x_i\mid x_{<i}\big),\quad x=\text{text}\oplus\langle\text{vision}\rangle\,z^{\text{VQGAN}}_{1:T}\,\langle/\text{vision}\rangle,\;\;|x|\le 10^{6}",
        when="Long-context multimodal understanding (hour-long video QA, million-token retrieval) with an open model.",
        pros=["Context of up to 1M tokens for text and video", "Open-sourced 7B family (LWM-Text, LWM, chat variants)", "Answers questions about 1-hour YouTube videos"],
        cons=["No actions: predicts video but cannot be steered like a simulator", "256 VQGAN tokens per frame → heavy sequences, low-fidelity video generation", "Vision-language checkpoints released for JAX only"],
        papers=["liu2024lwm"],
        sources=[("arXiv 2402.08268", "https://arxiv.org/abs/2402.08268"),
                 ("official code", "https://github.com/LargeWorldModel/LWM")],
        checked="2026-11",
        learn=("Large World Model — project page", "https://largeworldmodel.github.io/")),

    dict(
        id="emu3",
        name="Emu3 (Next-Token Prediction Is All You Need)",
        short="Emu3",
        family="Token",
        anim="tokenfilm",
        date="2024-09",
        tagline="One transformer trained from scratch only by next-token prediction over text, image and video tokens — no diffusion.",
        simple=("Emu3 turns text, images and video into one discrete vocabulary and trains a single transformer from "
                "scratch to predict the next token. The same model captions and answers questions about images, "
                "generates images, and generates video causally — given a video, it keeps predicting what happens "
                "next. BAAI reports it beats task-specific flagships such as SDXL, LLaVA-1.6 and OpenSora-1.2; the "
                "later Nature version extends the recipe to robot actions."),
        mapping="text (BPE) + images / video (VQ tokenizer) → one token sequence → single decoder-only transformer → next token (text, image or video)",
        math=r"\mathcal{L}=-\sum_{i}\log p_\theta\big(x_i\mid x_{<i}\big),\quad x_i\in\mathcal{V}_{\text{text}}\cup\mathcal{V}_{\text{vision}}",
        when="One model for multimodal understanding and generation, including video continuation, without a diffusion decoder.",
        pros=["Surpasses SDXL, LLaVA-1.6 and OpenSora-1.2 on its reported benchmarks", "No CLIP, no pretrained LLM, no diffusion — a single loss", "Open weights; later published in Nature, extended to robot manipulation"],
        cons=["Thousands of tokens per image → slow sampling", "Video continuation is passive prediction, no action control", "Quality bounded by the VQ tokenizer"],
        papers=["wang2024emu3", "wang2026emu3"],
        sources=[("arXiv 2409.18869", "https://arxiv.org/abs/2409.18869"),
                 ("Nature 2026 paper", "https://www.nature.com/articles/s41586-025-10041-x")],
        checked="2026-12",
        learn=("Emu3 — official repo", "https://github.com/baaivision/Emu3")),

    dict(
        id="storm",
        name="STORM (Stochastic Transformer WM)",
        short="STORM",
        family="Token",
        anim="tokenfilm",
        anim_params=dict(per_step=16),
        date="2023-10",
        tagline="Categorical-VAE tokens + a GPT-style transformer: Dreamer-style imagination, trained in hours on one GPU.",
        simple=("STORM compresses each frame into a categorical VAE latent (a grid of discrete choices), fuses it "
                "with the action into a single token, and lets a GPT-like transformer predict the next latent, the "
                "reward and the episode end. Sampling those latents keeps the dream stochastic, which makes the agent "
                "robust to the model's mistakes. The policy is trained in imagination Dreamer-style; the paper "
                "reports a mean human-normalised score of 126.7% on Atari 100k, a new record among methods without "
                "look-ahead search, and 4.3 hours of training on one RTX 3090 for 1.85 hours of game experience."),
        mapping="frame → categorical VAE latent ⊕ action = 1 token → GPT-like transformer → next latent, reward, done → imagined actor-critic",
        math=r"\mathcal{L}=\|\hat o_t-o_t\|^2+\mathcal{L}^{\text{symlog}}_{r}+\mathcal{L}_{c}+\beta_1\max\big(1,\mathrm{KL}[\mathrm{sg}(q(z_{t+1}\mid o_{t+1}))\,\|\,p_\phi(\hat z_{t+1}\mid h_t)]\big)+\beta_2\max\big(1,\mathrm{KL}[q(z_{t+1}\mid o_{t+1})\,\|\,\mathrm{sg}(p_\phi(\hat z_{t+1}\mid h_t))]\big)",
        when="Sample-efficient Atari-style RL on a single GPU.",
        pros=["Mean human-normalised score of 126.7% on Atari 100k, reported as a record among methods without look-ahead search", "4.3 hours of training on one RTX 3090 for 1.85 hours of real-time game experience", "One token per frame → much shorter sequences than IRIS"],
        cons=["Still reconstructs pixels, spending capacity on irrelevant detail", "Small 64×64 observations", "Median human-normalised score (58.4%) far below the mean — gains concentrated in a few games"],
        papers=["zhang2023storm"],
        sources=[("arXiv 2310.09615", "https://arxiv.org/abs/2310.09615"),
                 ("NeurIPS 2023 paper", "https://papers.nips.cc/paper_files/paper/2023/hash/5647763d4245b23e6a1cb0a8947b38c9-Abstract-Conference.html"),
                 ("OpenReview forum", "https://openreview.net/forum?id=WxnrX42rnS")],
        checked="2026-12",
        learn=("STORM — official repo", "https://github.com/weipu-zhang/STORM")),

    dict(
        id="emu35",
        name="Emu3.5 (native multimodal world learner)",
        short="Emu3.5",
        family="Token",
        anim="tokenfilm",
        anim_params=dict(per_step=4),
        date="2025-10",
        tagline="BAAI's next-token model trained on 10T+ interleaved video-frame and transcript tokens to predict the next vision-language state.",
        simple=("Emu3 showed that one transformer can predict image, video and text tokens alike. Emu3.5 feeds it "
                "long runs of video frames interleaved with their transcripts — over 10 trillion tokens — so the next "
                "token is literally the next state of a scene and of its story. After large-scale RL post-training it "
                "generates interleaved image-text stories and how-to guides, explores a world step by step, and "
                "imagines manipulation steps. DiDA swaps one-token-at-a-time image decoding for parallel prediction, "
                "about 20× faster."),
        mapping="video frames + transcripts → shared vision-language tokens → one autoregressive transformer (next-state prediction) → RL post-training → DiDA parallel image decoding",
        math=r"\mathcal{L}=-{\textstyle\sum_{i}}\log p_\theta\big(x_i\mid x_{<i}\big),\qquad x=\big[\text{text},\ \text{image tokens},\ \text{text},\ \text{image tokens},\ \dots\big]\;(\text{interleaved vision-language sequence})",
        when="When one open model should both understand and generate long interleaved image-text sequences, including step-by-step world exploration.",
        pros=["Pretrained on over 10 trillion interleaved vision-language tokens, mostly from internet video", "DiDA speeds up per-image inference about 20× without losing quality", "Open weights; matches Gemini 2.5 Flash Image on image generation and editing, beats it on interleaved generation"],
        cons=["About 34B parameters: heavy to run", "World exploration is image by image, not real-time interactive video", "DiDA inference code and weights were not yet released at launch"],
        papers=["cui2025emu35"],
        sources=[("arXiv 2510.26583", "https://arxiv.org/abs/2510.26583"),
                 ("official code", "https://github.com/baaivision/Emu3.5")],
        checked="2026-11",
        learn=("Emu3.5 — project page", "https://emu.world/")),

    dict(
        id="videogpt",
        name="VideoGPT (VQ-VAE + GPT for video)",
        short="VideoGPT",
        family="Token",
        anim="tokenfilm",
        date="2021-04",
        tagline="The minimal recipe for token video models: a 3D VQ-VAE compresses video into discrete latents, a GPT predicts them one by one.",
        simple=("VideoGPT first learns a VQ-VAE with 3D convolutions and axial attention that turns a clip into a "
                "small grid of discrete codes. A GPT-like transformer then models those codes autoregressively, with "
                "spatio-temporal position encodings; decoding the sampled codes gives new video. Despite its "
                "simplicity it was competitive with GAN video models on BAIR robot pushing, and the project showed "
                "action-conditional samples in ViZDoom. Later token world models — iVideoGPT among them — start from "
                "this recipe."),
        mapping="video clip → 3D VQ-VAE (conv + axial attention) → discrete space-time codes → GPT prior (next code) → VQ-VAE decoder → video",
        math=r"\mathcal{L}_{\text{VQ}}=\|x-D(e)\|^{2}+\|\mathrm{sg}[E(x)]-e\|^{2}+\beta\,\|\mathrm{sg}[e]-E(x)\|^{2},\qquad \mathcal{L}_{\text{prior}}=-\sum_{i}\log p_\theta\big(z_i\mid z_{<i}\big)",
        when="As the reference implementation of likelihood-based video generation over discrete tokens.",
        pros=["Competitive with state-of-the-art GAN video models on BAIR robot pushing", "Conceptually simple and reproducible (code and samples public)", "Action-conditional variant demonstrated on ViZDoom"],
        cons=["Low resolution and short clips", "Token-by-token sampling is slow", "Sample quality bounded by the VQ-VAE"],
        papers=["yan2021videogpt"],
        sources=[("arXiv 2104.10157", "https://arxiv.org/abs/2104.10157")],
        checked="2026-11",
        learn=("VideoGPT — project page with samples", "https://wilson1yan.github.io/videogpt/index.html")),

    dict(
        id="trajectory-transformer",
        name="Trajectory Transformer (offline RL as sequence modeling)",
        short="Traj. Transformer",
        family="Token",
        anim="plan",
        date="2021-06",
        tagline="Discretize states, actions and rewards into tokens, model whole trajectories with a GPT, and plan with beam search.",
        simple=("The Trajectory Transformer treats reinforcement learning like language modelling. Every dimension "
                "of state, action and reward is discretized into a token, and one transformer learns the "
                "distribution over whole trajectories. It is a world model and a policy prior at once: its long-"
                "horizon predictions were more reliable than single-step dynamics models, and decoding it with beam "
                "search — scoring beams by predicted reward instead of likelihood — turns it into a planner for "
                "imitation, goal reaching and offline RL."),
        mapping="trajectories → per-dimension discretized tokens (state, action, reward, return) → GPT over trajectories → beam search scored by predicted return → action",
        math=r"\mathcal{L}=-\sum_{t}\sum_{i}\log p_\theta\big(\tau^{i}_{t}\mid\tau^{<i}_{t},\tau_{<t}\big),\qquad \text{plan: beam search maximizing }\sum_{t}\hat r_t+\hat R_{T}\;\text{over sampled token sequences}",
        when="Offline RL and imitation from logged trajectories when you want one sequence model to predict and to plan.",
        pros=["One model for dynamics prediction, imitation, goal-conditioned RL and offline RL", "More reliable long-horizon predictions than single-step dynamics models", "Combined with a model-free value it gave a state-of-the-art planner on sparse-reward, long-horizon tasks"],
        cons=["Per-dimension tokens make sequences long and beam search slow", "Low-dimensional states, not pixels", "Discretization limits precision"],
        papers=["janner2021trajectory"],
        sources=[("arXiv 2106.02039", "https://arxiv.org/abs/2106.02039"),
                 ("NeurIPS 2021 paper", "https://papers.nips.cc/paper/2021/hash/099fe6b0b444c23836c4a5d07346082b-Abstract.html")],
        checked="2026-11",
        learn=("Trajectory Transformer — project page", "https://trajectory-transformer.github.io/")),

    dict(
        id="maskvit",
        name="MaskViT (masked visual pre-training for video prediction)",
        short="MaskViT",
        family="Token",
        anim="tokenfilm",
        anim_params=dict(per_step=4),
        date="2022-06",
        tagline="Predict future video tokens MaskGIT-style — masked modelling and iterative parallel decoding — fast enough for robot planning.",
        simple=("Instead of predicting future frame tokens one at a time, MaskViT masks a variable fraction of them "
                "during training and learns to fill them in, with windowed spatial and spatiotemporal attention to "
                "save memory. At test time it starts from all-masked future tokens and unmasks them in a few rounds, "
                "following a schedule. That iterative decoding is up to 512× faster than autoregressive decoding, "
                "which made it usable for visual planning on a real robot."),
        mapping="past frames (+ actions) → VQ tokens per frame → masked transformer with window attention → iterative parallel unmasking → future frames → planning",
        math=r"\mathcal{L}=-\,\mathbb{E}_{r\sim p(r),\,M\sim r}\sum_{i\in M}\log p_\theta\big(z_i\mid z_{\setminus M},\,c\big)\quad(\text{variable mask ratio }r;\ c=\text{context frames, actions})",
        when="Action-conditioned video prediction for planning, when autoregressive token decoding is too slow.",
        pros=["Up to 512× faster inference than autoregressive decoding", "Outperformed prior video-prediction work on several datasets; 256×256 generation", "Used for planning on a real robot"],
        cons=["Per-frame quantization causes flicker on static backgrounds", "Scaling to strong camera motion (driving, egocentric) remains hard", "Tasks planned with it were simple"],
        papers=["gupta2023maskvit"],
        sources=[("arXiv 2206.11894", "https://arxiv.org/abs/2206.11894")],
        checked="2026-12",
        learn=("MaskViT — project page", "https://maskedvit.github.io/")),

    dict(
        id="twm",
        name="TWM (Transformer-based World Model, Robine et al.)",
        short="TWM",
        family="Token",
        anim="tokenfilm",
        date="2023-03",
        tagline="A Transformer-XL world model that attends over latent states, actions and rewards as separate tokens — Atari 100k with imagination training.",
        simple=("Concurrent with IRIS, TWM showed that transformers make sample-efficient world models. Each time step "
                "contributes three tokens — the compact latent state of the frame, the action, and the reward — so the "
                "transformer can attend flexibly to all three across time instead of reading the past through one "
                "recurrent state. Transformer-XL keeps long contexts affordable. The world model generates new "
                "experience on which a policy is trained, and it outperformed previous model-free and model-based "
                "methods on Atari 100k."),
        mapping="frame → compact latent state; (latent, action, reward) → 3 tokens per step → Transformer-XL → next latent, reward, discount → imagined experience → policy",
        math=r"p_\theta\big(\hat z_{t+1},\hat r_t,\hat\gamma_t\mid z_{\le t},a_{\le t},r_{<t}\big),\qquad \mathcal{L}=-\log p_\theta(z_{t+1})-\log p_\theta(r_t)-\log p_\theta(\gamma_t)\quad(\text{Transformer-XL over interleaved }z,a,r)",
        when="Sample-limited Atari-style RL when you want direct access to past states, actions and rewards.",
        pros=["Outperformed previous model-free and model-based methods on Atari 100k (ICLR 2023)", "Rewards are inputs too, so the model can condition on what paid off", "Transformer-XL memory keeps long contexts cheap"],
        cons=["Three tokens per step lengthen sequences", "Policy trained on latents, so interpretability is limited", "Soon overtaken on Atari 100k by later transformer WMs"],
        papers=["robine2023twm"],
        sources=[("arXiv 2303.07109", "https://arxiv.org/abs/2303.07109"),
                 ("ICLR 2023 paper (OpenReview)", "https://openreview.net/forum?id=TdBaDGCpjly")],
        checked="2026-12",
        learn=("TWM — official code", "https://github.com/jrobine/twm")),

    dict(
        id="rem",
        name="REM (Retentive Environment Model, parallel observation prediction)",
        short="REM",
        family="Token",
        anim="tokenfilm",
        anim_params=dict(per_step=16),
        date="2024-02",
        tagline="Token world models without the token-by-token bottleneck: a RetNet predicts all tokens of the next frame in one pass — 15.4× faster imagination.",
        simple=("IRIS-style token world models write the next frame one token at a time, which makes imagination "
                "slow and GPUs idle. REM swaps the transformer for a Retentive Network and adds Parallel Observation "
                "Prediction (POP): a new forward mode that generates the whole next observation's token sequence at "
                "once. Imagination gets 15.4× faster than in earlier token world models, and REM is superhuman on 12 "
                "of the 26 Atari 100K games while training in under 12 hours."),
        mapping="frame → VQ tokens → RetNet world model → POP: all next-frame tokens in parallel (+ reward, done) → imagined actor-critic",
        math=r"p_\theta\big(z^{1:K}_{t+1}\mid x_{\le t}\big)=\prod_{k=1}^{K}p_\theta\big(z^{k}_{t+1}\mid x_{\le t},\,u^{k}\big)\quad(u^{k}=\text{learned prediction tokens; one parallel RetNet pass instead of }K\text{ sequential steps})",
        when="Token-based world models for RL when imagination speed is the bottleneck.",
        pros=["15.4× faster imagination than prior token-based world models", "Superhuman on 12 of 26 Atari 100K games", "Trains in under 12 hours; code released"],
        cons=["Parallel prediction drops within-frame token dependencies", "Evaluated on Atari only", "RetNet is less standard than transformers"],
        papers=["cohen2024rem"],
        sources=[("arXiv 2402.05643", "https://arxiv.org/abs/2402.05643"),
                 ("ICML 2024 paper (OpenReview)", "https://openreview.net/forum?id=Lfp5Dk1xb6")],
        checked="2026-12",
        learn=("REM — official code", "https://github.com/leor-c/REM")),

    dict(
        id="dart",
        name="DART (discrete abstract representations for transformer-based learning)",
        short="DART",
        family="Token",
        anim="tokenfilm",
        date="2024-06",
        tagline="Tokens for the world model and for the policy: a GPT-style world model over discrete codes plus a ViT-style policy with memory tokens.",
        simple=("Like IRIS, DART turns frames into discrete tokens and learns the world with a transformer decoder "
                "that predicts the next tokens. Unlike IRIS, the policy also reads the discrete tokens: a transformer "
                "encoder attends to the task-relevant ones, and a memory token carries information from past steps "
                "to handle partial observability. On Atari 100k it reached a median human-normalized score of 0.790 "
                "and beat humans in 9 of 26 games — the best among methods without look-ahead search at the time."),
        mapping="frame → VQ tokens → GPT-style world model (next tokens, reward, done) → imagined token sequences → ViT-style policy with memory token → action",
        math=r"\mathcal{L}_{\text{WM}}=-\sum_t\sum_{k}\log p_\theta\big(z^{k}_{t+1}\mid z_{\le t},a_{\le t},z^{<k}_{t+1}\big)+\mathcal{L}_{r}+\mathcal{L}_{d},\qquad a_t\sim\pi_\phi\big(a\mid[\,m_t;z^{1:K}_t\,]\big)",
        when="Sample-efficient Atari-style RL where discrete object-like structure matters and attention maps should be inspectable.",
        pros=["Median human-normalized score 0.790 on Atari 100k", "Beats humans in 9 of 26 games without look-ahead search", "Policy attention over tokens is interpretable"],
        cons=["Two transformers to train: a decoder world model and an encoder policy", "Discrete actions only in the main results", "Evaluated on Atari 100k only"],
        papers=["agarwal2024dart"],
        sources=[("arXiv 2406.01361", "https://arxiv.org/abs/2406.01361"),
                 ("co-author publication page (ICML 2024)", "http://profs.etsmtl.ca/sandrews/fr/publication/atari_icml24")],
        checked="2026-11",
        learn=("DART — project page", "https://pranaval.github.io/DART/")),

    dict(
        id="videoworld",
        name="VideoWorld (knowledge learning from unlabeled videos)",
        short="VideoWorld",
        family="Token",
        anim="tokenfilm",
        date="2025-01",
        tagline="An autoregressive video model trained on raw video only learns Go to 5-dan level and robot control — no text, no rewards, no search.",
        simple=("Can a model learn rules, reasoning and planning just by watching? VideoWorld tokenizes video with a "
                "VQ-VAE and trains an autoregressive transformer to predict what comes next. Its Latent Dynamics "
                "Model compresses the visual change over the next several frames into a few latent codes, which the "
                "transformer predicts alongside frame tokens — a compact summary of 'what happens'. A 300M-parameter "
                "model reaches 5-dan professional level on the Video-GoBench, and on CALVIN and RLBench it learns "
                "diverse control operations, approaching oracle models."),
        mapping="raw video (Go games, robot episodes) → VQ-VAE tokens + Latent Dynamics Model codes for multi-step change → autoregressive transformer → next board state / next frames → action",
        math=r"\ell_t=\mathrm{LDM}\big(o_t,o_{t+1:t+H}\big)\in\mathcal C^{m},\qquad \mathcal{L}=-\sum_{i}\log p_\theta\big(x_i\mid x_{<i}\big),\quad x=\big[\ldots,\ z_t,\ \ell_t,\ z_{t+1},\ \ell_{t+1},\ldots\big]",
        when="To test or exploit how much task knowledge a video-only generative model can absorb without labels or rewards.",
        pros=["5-dan professional level on Video-GoBench with a 300M-parameter model, without search or rewards", "Approaches oracle models on CALVIN and RLBench", "Code, data and models released (CVPR 2025)"],
        cons=["Go and tabletop robotics are narrow, clean visual domains", "Knowledge depends on compact change codes, an extra model to train", "Not shown on open-world video"],
        papers=["ren2025videoworld"],
        sources=[("arXiv 2501.09781", "https://arxiv.org/abs/2501.09781")],
        checked="2026-12",
        learn=("VideoWorld — project page", "https://maverickren.github.io/VideoWorld.github.io/")),


    # ---- Token: added 2026-12 ----

    dict(
        id="cogvideo",
        name="CogVideo (large-scale autoregressive text-to-video transformer)",
        short="CogVideo",
        family="Token",
        anim="tokenfilm",
        date="2022-05",
        added="2026-12",
        aliases=["CogVideo (ICLR 2023)"],
        tagline="A 9B-parameter GPT-style transformer that writes video as image tokens, inheriting a pretrained text-to-image model (CogView2).",
        simple="Training a text-to-video transformer from scratch is too expensive and paired text-video data is scarce. CogVideo starts from CogView2, a pretrained text-to-image transformer, and teaches it to continue a prompt with the image tokens of successive frames. A multi-frame-rate hierarchical training strategy aligns text with clips, and generation runs in two stages (released as separate Stage-1 and Stage-2 models). It was (probably, in its authors' words) the first open-source large-scale pretrained text-to-video model; its successor in the same repository is the diffusion model CogVideoX.",
        mapping="Chinese text prompt → CogView2-initialised 9B transformer → image tokens of successive frames (Stage-1 model) → Stage-2 model → 4-second, 32-frame clip",
        math=r"\max_\theta\;\sum_{i}\log p_\theta\big(z_i\mid z_{<i},\,c_{\text{text}}\big)\qquad(z=\text{image tokens of successive frames; trained at several frame rates; weights inherited from CogView2})",
        when="The historical reference for scaling GPT-style token prediction to open-domain text-to-video before diffusion took over.",
        pros=["9B parameters, initialised from a pretrained text-to-image model to save compute", "Multi-frame-rate training aligns text with clips of different speeds", "Code and weights released (CogVideo branch of THUDM/CogVideo)"],
        cons=["Accepts simplified Chinese prompts only", "Weak on standard benchmarks: UCF-101 FVD 626 and Kinetics-600 FVD 109.2 in MAGVIT's comparison tables", "Short clips (4 seconds, 32 frames) and slow token-by-token sampling on A100-class GPUs"],
        papers=["hong2023cogvideo"],
        sources=[("arXiv 2205.15868 (abstract)", "https://arxiv.org/abs/2205.15868"),
                 ("official README (CogVideo branch: BibTeX, Chinese-only input, 32-frame clips, stage-1/stage-2 models)", "https://github.com/THUDM/CogVideo/tree/CogVideo"),
                 ("ICLR 2023 record (mlanthology)", "https://mlanthology.org/iclr/2023/hong2023iclr-cogvideo/"),
                 ("MAGVIT paper Tables 1–2 (CogVideo numbers)", "https://arxiv.org/abs/2212.05199")],
        checked="2026-12",
        learn=("CogVideo — official code and models (CogVideo branch)", "https://github.com/THUDM/CogVideo/tree/CogVideo")),

    dict(
        id="phenaki",
        name="Phenaki (variable-length video from a sequence of prompts)",
        short="Phenaki",
        family="Token",
        anim="tokenfilm",
        date="2022-10",
        added="2026-12",
        aliases=["C-ViViT"],
        tagline="A causal video tokenizer (C-ViViT) plus a masked transformer: minutes-long videos that follow a story told as a sequence of prompts.",
        simple="Phenaki compresses a video into a small set of discrete tokens with C-ViViT, a tokenizer whose attention is causal in time, so it works for videos of any length. A bidirectional masked transformer, conditioned on pre-computed text tokens, generates the video tokens, which are then decoded into frames. Training mixes a large image-text corpus with fewer video-text pairs, so concepts generalise beyond the video data. Given a sequence of prompts (a story), it generates arbitrarily long videos whose content changes with the text.",
        mapping="video → C-ViViT tokenizer (causal in time) → discrete tokens; text prompt(s) → masked bidirectional transformer predicts video tokens → C-ViViT decoder → variable-length video",
        math=r"\mathcal{L}=-\sum_{i\in M}\log p_\theta\big(z_i\mid z_{\bar M},\,c_{\text{text}}\big)\ \ (M=\text{masked positions},\ \bar M=\text{visible}),\qquad z=\text{C-ViViT}(x_{1:T})\ \text{(causal in time, so }T\text{ can vary)}",
        when="Long, story-like text-to-video where the prompt changes over time, and as the origin of the C-ViViT tokenizer reused by later token world models.",
        pros=["First work to generate video from open-domain time-variable prompts (its authors' claim)", "Fewer tokens per video than per-frame tokenizers, with better spatio-temporal consistency", "Its C-ViViT tokenizer became a building block (LAPA's latent-action quantizer follows Phenaki code)"],
        cons=["Masked bidirectional decoding fills a whole segment at once, so it is not a step-by-step interactive simulator", "Weaker frame-prediction FVD than later token models (Kinetics-600 36.4 vs MAGVIT's 9.9 in MAGVIT's Table 2)", "Conditioned on text only, not on actions"],
        papers=["villegas2023phenaki"],
        sources=[("arXiv 2210.02399 (abstract; submitted 5 Oct 2022)", "https://arxiv.org/abs/2210.02399"),
                 ("ICLR 2023 OpenReview", "https://openreview.net/forum?id=vOEXS39nOF"),
                 ("MAGVIT paper Table 2 (Phenaki numbers) and reference list (author order)", "https://arxiv.org/abs/2212.05199"),
                 ("LAPA official README (latent action quantization refers to Phenaki code)", "https://github.com/LatentActionPretraining/LAPA")],
        checked="2026-12",
        learn=("Phenaki — project page with generated stories", "https://phenaki.video/")),

    dict(
        id="magvit",
        name="MAGVIT / MAGVIT-v2 (masked generative video transformer and video tokenizer)",
        short="MAGVIT",
        family="Token",
        anim="tokenfilm",
        date="2022-12",
        added="2026-12",
        aliases=["MAGVIT-v2", "Masked Generative Video Transformer", "Language Model Beats Diffusion"],
        tagline="A 3D-VQ video tokenizer plus a BERT-style masked transformer: one model for ten video tasks, 12 decoding steps.",
        simple="MAGVIT first turns a 16-frame clip into a small block of discrete tokens (4×16×16) with a 3D VQ autoencoder. A bidirectional transformer then fills in masked tokens MaskGIT-style; conditions such as given first frames or a visible region are embedded inside the masked sequence (COMMIT), so one model does frame prediction, interpolation, in- and outpainting and class-conditional generation. Its successor MAGVIT-v2 introduces a lookup-free quantizer and became the tokenizer of VideoPoet.",
        mapping="video clip → 3D-VQ tokens (4×16×16) → task condition embedded in masked tokens (COMMIT) → masked transformer, 12 parallel decoding steps → 3D-VQ decoder",
        math=r"\mathcal{L}=-\mathbb{E}\Big[\sum_{i:\,m_i=1}\log p_\theta\big(z_i\mid \tilde z\big)\Big],\qquad \tilde z=\text{target tokens with masked positions set to [MASK] and the task condition embedded as interior tokens (COMMIT)}",
        when="Fast, flexible token-based video synthesis (prediction, interpolation, in/outpainting) where diffusion sampling is too slow.",
        pros=["Kinetics-600 frame prediction FVD 9.9, improving the previous best (Video Diffusion) from 16.2", "Fast: 37 fps at 128×128 on one V100 for MAGVIT-B; 60 times faster than the autoregressive TATS", "One model handles ten generation tasks; the v2 tokenizer powers VideoPoet"],
        cons=["No actions: conditions are frames, regions and class labels, not agent controls", "MAGVIT v1 was trained on public benchmarks (plus one Web-video model); text-to-video was left to future work", "Short fixed clips (16 frames) per generation"],
        papers=["yu2023magvit", "yu2024magvitv2"],
        sources=[("arXiv 2212.05199 (abstract; CVPR 2023 poster page)", "https://arxiv.org/abs/2212.05199"),
                 ("official code README (BibTeX, model table)", "https://github.com/google-research/magvit"),
                 ("arXiv 2310.05737 (MAGVIT-v2)", "https://arxiv.org/abs/2310.05737")],
        checked="2026-12",
        learn=("MAGVIT — project page", "https://magvit.cs.cmu.edu")),

    dict(
        id="rap",
        name="RAP (Reasoning via Planning: the LLM as world model and agent)",
        short="RAP",
        family="Token",
        anim="mcts",
        date="2023-05",
        added="2026-12",
        aliases=["Reasoning via Planning", "Reasoning with Language Model is Planning with World Model"],
        tagline="Prompt an LLM to predict the next state of the world, and run Monte Carlo Tree Search over those predicted states.",
        simple="Chain-of-thought writes a plan in one pass, with no picture of the state the world is in. RAP gives the LLM two roles: as agent it proposes the next action or reasoning step; as world model it predicts the state that results (for example the block configuration in Blocksworld, or intermediate values in a math problem). Monte Carlo Tree Search explores these predicted futures, guided by task rewards, and keeps the highest-reward path. With LLaMA-33B it beat chain-of-thought on GPT-4 by 33% (relative) in plan generation.",
        mapping="problem → LLM as agent proposes actions → LLM as world model predicts next states (text) → rewards → MCTS (UCT) selects and expands → highest-reward reasoning path",
        math=r"s_{t+1}\sim p_{\text{LLM}}\big(s\mid s_t,a_t,c\big),\qquad a^{*}=\arg\max_{a}\Big[Q(s,a)+w\sqrt{\frac{\ln N(s)}{N(c(s,a))}}\Big]",
        when="Multi-step reasoning or planning with an LLM when states can be written down in text and a task-specific reward is available.",
        pros=["LLaMA-33B with RAP surpassed chain-of-thought on GPT-4 with 33% relative improvement in plan generation", "One framework for plan generation, math reasoning and logical inference", "No training: world model and agent are the same prompted LLM; code released (and the LLM Reasoners library)"],
        cons=["Many LLM calls per question (tree search over prompted rollouts) make it slow and costly", "The prompted world model can predict wrong states, and errors feed the search", "Needs hand-designed state, action and reward definitions for each task"],
        papers=["hao2023rap"],
        sources=[("ACL Anthology 2023.emnlp-main.507 (abstract, authors, EMNLP 2023)", "https://aclanthology.org/2023.emnlp-main.507"),
                 ("arXiv 2305.14992 (v1 24 May 2023)", "https://arxiv.org/abs/2305.14992"),
                 ("official code README and rap/mcts.py (UCT rule)", "https://github.com/Ber666/RAP")],
        checked="2026-12",
        learn=("RAP — official code (LLaMA, Blocksworld/GSM8k/ProntoQA)", "https://github.com/Ber666/RAP")),

    dict(
        id="viper",
        name="VIPER (Video Prediction Rewards)",
        short="VIPER",
        family="Token",
        anim="tokenfilm",
        date="2023-05",
        added="2026-12",
        aliases=["Video Prediction Models as Rewards"],
        tagline="Train an autoregressive video model on expert videos, then reward an RL agent with the log-likelihood of its own next frames.",
        simple="Writing reward functions is hard; videos of experts are easy to find. VIPER trains a VQ-GAN tokenizer and an autoregressive video transformer (VideoGPT) on expert videos, freezes it, and uses the log-likelihood of each next frame under that model as the reward for a DreamerV3 agent, together with an exploration bonus. Behaviour that looks like the expert videos earns high reward. It reached expert-level control without programmatic task rewards on DMC, Atari and RLBench tasks.",
        mapping="expert videos → VQ-GAN tokens → autoregressive video transformer (frozen) → next-frame log-likelihood as reward → DreamerV3 agent",
        math=r"r^{\text{VIPER}}_t=\ln p_\theta\big(x_{t+1}\mid x_{1:t}\big),\qquad r_t=r^{\text{VIPER}}_t+\beta\,r^{\text{expl}}_t\qquad(\text{released config: density weight }1,\ \text{disagreement bonus }\beta=1,\ \text{task reward }0)",
        when="Learning behaviours from unlabeled expert videos when no programmatic reward exists.",
        pros=["Expert-level control without programmatic task rewards on DMC, Atari and RLBench", "Rewards come from videos alone; no expert actions are needed", "The video model's generalisation gave rewards in an out-of-distribution tabletop setting (cross-embodiment)"],
        cons=["Needs expert videos of the target behaviour to train the video model", "Every agent step needs a likelihood query of the video model", "The reward is only as good as the video model's density estimate"],
        papers=["escontrela2023viper"],
        sources=[("arXiv 2305.14343 (abstract, author list)", "https://arxiv.org/abs/2305.14343"),
                 ("project page with BibTeX (NeurIPS 2023)", "http://xbpeng.github.io/projects/VIPER/index.html"),
                 ("official code: README, configs/dreamerv3/configs.yaml", "https://github.com/Alescontrela/viper_rl")],
        checked="2026-12",
        learn=("VIPER — project page", "https://escontrela.me/viper")),

    dict(
        id="webdreamer",
        name="WebDreamer (LLM as a world model of the Internet for web agents)",
        short="WebDreamer",
        family="Token",
        anim="plan",
        date="2024-11",
        added="2026-12",
        aliases=["Is Your LLM Secretly a World Model of the Internet?", "Dreamer-7B"],
        tagline="Before clicking, ask an LLM what the page will look like next, score the imagined futures, and only then act.",
        simple="On real websites many actions cannot be undone (buying, submitting), so agents cannot search by trial and backtracking. WebDreamer lets an LLM imagine instead: for each candidate action it describes, in text, how the page will change, imagines a next action, and repeats for a few steps. Another LLM call scores each imagined trajectory as complete, on track or incorrect, and the agent executes the best-scoring action. The authors also train Dreamer-7B, a dedicated web world model, on over 3.1 million synthesized interactions.",
        mapping="task + screenshot → candidate actions (self-refined) → LLM world model imagines page changes for H steps → LLM scores each imagined trajectory → execute the best action → repeat",
        math=r"a_t=\arg\max_{a\in A_t'}\;\frac{1}{K}\sum_{k=1}^{K}\mathrm{score}\big(\tau_k\big),\quad \tau_k=\mathrm{sim}_k(o_t,a)\ \text{(H simulated steps)},\quad \mathrm{score}\in\{0,\,0.5,\,1\}",
        when="Web or GUI agents in live environments where actions are irreversible and real tree search is unsafe or slow.",
        pros=["Raises success over reactive GPT-4o agents, e.g. 17.6% → 23.6% on VisualWebArena and 26.0% → 37.0% on Online-Mind2Web (README)", "Competitive with real tree search on VisualWebArena (26.2%) while 4–5 times more efficient", "Released training data and Dreamer-7B, a trained web world model that performs comparably to GPT-4o"],
        cons=["Imagined pages are text descriptions, so details can be hallucinated", "Still below tree search with real interactions where that is possible (VisualWebArena)", "Many LLM calls per step for simulation and scoring"],
        papers=["gu2025webdreamer"],
        sources=[("arXiv 2411.06559 (v1 Nov 2024; v2 1 Apr 2025 full text: Sec. 2.2, 3.2, references)", "https://arxiv.org/abs/2411.06559"),
                 ("official README (results table, modules, HF release)", "https://github.com/OSU-NLP-Group/WebDreamer"),
                 ("OpenReview TMLR submission c6l7yA0HSq", "https://openreview.net/forum?id=c6l7yA0HSq"),
                 ("OSU NLP group paper list (TMLR)", "https://osu-nlp-group.github.io/GUI-Agents-Paper-List/papers/is-your-llm-secretly-a-world-model-of-the-internet-model-based-planning-for-web-")],
        checked="2026-12",
        learn=("WebDreamer — official code, data and Dreamer-7B", "https://github.com/OSU-NLP-Group/WebDreamer")),

    dict(
        id="simulus",
        name="Simulus (modular token-based world-model agent)",
        short="Simulus",
        family="Token",
        anim="tokenfilm",
        date="2025-02",
        added="2026-12",
        aliases=["Uncovering Untapped Potential in Sample-Efficient World Model Agents", "M3", "M³: A Modular World Model over Streams of Tokens"],
        tagline="A token-based world-model agent with multi-modal tokenization, intrinsic motivation, prioritized replay and classification-style returns.",
        simple="Token-based world models such as IRIS and REM turn observations into discrete tokens and let a sequence model imagine the future, but they were limited to images and discrete actions. Simulus, from the first author of REM, tokenizes several modalities with modular tokenizers, adds intrinsic motivation and prioritized world-model replay, and predicts rewards and returns as classification. It reports state-of-the-art sample efficiency among planning-free world models on Atari 100K, DeepMind Control (proprioceptive) and Craftax-1M.",
        mapping="images / vectors / actions → modality-specific tokenizers → sequence model over tokens → imagined rollouts (with intrinsic reward) → actor-critic",
        math=r"\mathcal{L}_{\text{WM}}=-\sum_t\sum_i\log p_\theta\big(z^{i}_{t+1}\mid z_{\le t},a_{\le t}\big)+\mathrm{CE}\big(\mathrm{bin}(r_t),\ \hat p_\theta(r_t\mid z_{\le t},a_{\le t})\big)",
        when="Sample-efficient RL with mixed observation types (images, vectors) and discrete or continuous actions, without planning.",
        pros=["State-of-the-art sample efficiency among planning-free world models on three diverse benchmarks", "Handles several observation modalities and continuous actions, unlike earlier token-based models", "Code and trained weights released"],
        cons=["Many interacting components; the ablations show they work in synergy", "No planning: the policy learns purely in imagination", "Craftax-1M score is still low in absolute terms (14.90, 6.59% of the maximum, official results table)"],
        papers=["cohen2025simulus"],
        sources=[("arXiv 2502.11537 (abstract)", "https://arxiv.org/abs/2502.11537"),
                 ("official code README (BibTeX, results tables, credits)", "https://github.com/leor-c/Simulus")],
        checked="2026-12",
        learn=("Simulus — official code and weights", "https://github.com/leor-c/Simulus")),

    dict(
        id="rlvr-world",
        name="RLVR-World (training world models with reinforcement learning from verifiable rewards)",
        short="RLVR-World",
        family="Token",
        anim="tokenfilm",
        date="2025-05",
        added="2026-12",
        aliases=["RLVR World"],
        tagline="Post-train token world models (text or video) with RL on the very metric you care about: accuracy, F1, LPIPS.",
        simple="World models are usually trained by maximum likelihood on the next token, which is not what we measure: accuracy of the predicted state, or how close the predicted frames look. RLVR-World writes every world model, language or video, as next-token prediction, then post-trains it with GRPO, using the metric of the decoded prediction as a verifiable reward. It improves an LLM that predicts text-game and web-page state changes, and an iVideoGPT-style video world model on robot data, with only hundreds of RL steps.",
        mapping="state + action → tokens (BPE text, or visual tokenizer + binned actions) → pre-trained autoregressive world model → sample a group of predictions → decode → metric = reward → GRPO update",
        math=r"\mathcal{J}(\theta)=\mathbb{E}\Big[\frac{1}{G}\sum_{i=1}^{G}\frac{1}{|o_i|}\sum_{t}\min\big(\rho_{i,t}\hat A_i,\ \mathrm{clip}(\rho_{i,t},1-\epsilon,1+\epsilon)\hat A_i\big)\Big]-\beta\,D_{\mathrm{KL}},\quad \hat A_i=\frac{R_i-\mathrm{mean}(R)}{\mathrm{std}(R)},\ \ R=-\sum_\tau\big[\mathrm{L1}+\mathrm{LPIPS}\big](\hat s_\tau,s_\tau)",
        when="When a pre-trained token world model's likelihood training does not match the prediction metric you need (accuracy, perceptual quality, no repetition).",
        pros=["One recipe for language and video world models", "Reported gains: +30.7% accuracy on text-game state prediction, +15.1% F1 on web-page state prediction, +9.2% relative LPIPS on RT-1", "Cuts repetition in multi-step video prediction from 48.6% to 9.9% with a few hundred RL steps"],
        cons=["Gains typically converge within hundreds of RL steps (noted by the authors as a limit)", "With many samples at test time (best-of-100) the base model catches up and surpasses the RL-trained one", "Video experiments use models pre-trained per dataset, not a general-purpose video world model"],
        papers=["wu2025rlvrworld"],
        sources=[("arXiv 2505.13934 (v2 full text: Sec. 1, 4–6, Tables 1–4, references; NeurIPS 2025 header)", "https://arxiv.org/abs/2505.13934")],
        checked="2026-12",
        learn=("RLVR-World — project page (code, datasets, models, videos)", "https://thuml.github.io/RLVR-World")),

    # ---------------- JEPA ----------------

    dict(
        id="ijepa",
        name="I-JEPA (Image JEPA)",
        short="I-JEPA",
        family="JEPA",
        anim="jepa",
        date="2023-01",
        tagline="Predict the representations of hidden image blocks from one visible block — no pixels, no hand-made augmentations.",
        simple=("I-JEPA hides several large blocks of an image and asks a predictor to guess their embeddings — as "
                "computed by a slowly-updated target encoder — from one visible context block. Because it predicts "
                "meaning instead of pixels, it learns semantic features without the augmentation tricks of "
                "contrastive learning. The authors call the predictor a primitive world model: it knows 'a dog's head "
                "goes here' without drawing the fur."),
        mapping="image → context block (encoder) → predictor + target positions → predicted block embeddings ↔ EMA target encoder",
        math=r"\mathcal{L}=\frac{1}{M}\sum_{i=1}^{M}\sum_{j\in B_i}\big\|\hat s_{y_j}-s_{y_j}\big\|_2^2,\quad\hat s_{y}=g_\phi\big(f_\theta(x),m_{y}\big),\;\;s_y=f_{\bar\theta}(y)\;(\text{EMA target})",
        when="Self-supervised pretraining of vision backbones; the image-level proof of LeCun's JEPA idea.",
        pros=["ViT-Huge/14 pretrained on ImageNet with 16 A100s in under 72 hours", "No hand-crafted view augmentations", "Strong off-the-shelf semantic features (linear probe, low-shot)"],
        cons=["Static images only — no time, no actions", "Masking strategy (block scale, context size) is crucial and hand-designed", "Needs an EMA target encoder to avoid representation collapse"],
        papers=["assran2023ijepa"],
        sources=[("arXiv 2301.08243", "https://arxiv.org/abs/2301.08243"),
                 ("official code", "https://github.com/facebookresearch/ijepa")],
        checked="2026-11",
        learn=("I-JEPA — Meta AI blog", "https://ai.facebook.com/blog/yann-lecun-ai-model-i-jepa/")),

    dict(
        id="vjepa",
        name="V-JEPA (Video JEPA)",
        short="V-JEPA",
        family="JEPA",
        anim="jepa",
        anim_params=dict(mask="9/16"),
        date="2024-02",
        tagline="I-JEPA for video: predict features of masked space-time regions — no text, no pixels, no negatives.",
        simple=("V-JEPA masks large space-time tubes of a video clip and predicts their features from the rest, "
                "regressing onto an EMA target encoder with an L1 loss. Nothing else: no pretrained image encoder, "
                "text, negative pairs or pixel reconstruction. Trained on 2 million public videos, its frozen "
                "features work for both motion-heavy (Something-Something v2) and appearance-heavy (Kinetics, "
                "ImageNet) tasks."),
        mapping="video clip → masked space-time tubes → context encoder + predictor → predicted features ↔ EMA target encoder (L1)",
        math=r"\min_{\theta,\phi}\;\big\|P_\phi\big(E_\theta(x),\Delta_y\big)-\mathrm{sg}\big(\bar E_\theta(y)\big)\big\|_1",
        when="Pretraining video encoders for motion understanding from unlabeled video.",
        pros=["Frozen ViT-H/16: 81.9% Kinetics-400, 72.2% SSv2, 77.9% ImageNet-1K", "Feature prediction only — no text, negatives or reconstruction", "Label-efficient, works with a frozen backbone"],
        cons=["Not action-conditioned — understands video but cannot plan", "Needs attentive probes on top of frozen features", "Collapse avoided only by EMA + stop-gradient heuristics"],
        papers=["bardes2024vjepa"],
        sources=[("arXiv 2404.08471", "https://arxiv.org/abs/2404.08471"),
                 ("official code", "https://github.com/facebookresearch/jepa")],
        checked="2026-11",
        learn=("V-JEPA — Meta AI blog", "https://ai.meta.com/blog/v-jepa-yann-lecun-ai-model-video-joint-embedding-predictive-architecture/")),

    dict(
        id="vjepa2",
        name="V-JEPA 2 / V-JEPA 2-AC",
        short="V-JEPA 2",
        aliases=["V-JEPA2"],
        family="JEPA",
        anim="jepa",
        anim_params=dict(mask="9/16"),
        date="2025-06",
        tagline="Latent video prediction at web scale, then a small action-conditioned predictor that plans robot grasps zero-shot.",
        simple=("Stage one pretrains a 1B-parameter video encoder with the V-JEPA mask-and-predict objective on over "
                "a million hours of internet video, giving state-of-the-art motion understanding and action "
                "anticipation. Stage two freezes it and trains V-JEPA 2-AC, a 300M action-conditioned predictor, on "
                "under 62 hours of unlabeled robot video (DROID). To act, the robot imagines candidate action "
                "sequences in latent space and picks the one whose predicted embedding lands closest to a goal image "
                "— pick-and-place in new labs, with no task-specific data or rewards."),
        mapping="1M+ h web video → V-JEPA 2 encoder (frozen) → action-conditioned predictor (62 h robot video) → CEM toward goal embedding → robot",
        math=r"\mathcal{L}_{\text{AC}}=\sum_{k}\big\|P_\phi\big(z_{\le k},a_{\le k},s_{\le k}\big)-z_{k+1}\big\|_1,\qquad a^\star_{1:T}=\arg\min_{a_{1:T}}\big\|\hat z_{T}(a_{1:T})-E(x_{\text{goal}})\big\|_1",
        when="Goal-image robot manipulation in new environments without collecting data there; strong frozen video features.",
        pros=["SOTA action anticipation (39.7 R@5 Epic-Kitchens-100); 77.3 top-1 on SSv2", "Zero-shot pick-and-place on Franka arms in two labs from <62 h of robot video", "Plans in ~16 s per action vs ~4 min for a Cosmos video-generation planner"],
        cons=["Grasping still unreliable (20–60% success in the reported tests)", "Goals must be given as images, not language", "No pixel decoder: you cannot watch what it imagines"],
        papers=["assran2025vjepa2"],
        sources=[("arXiv 2506.09985", "https://arxiv.org/abs/2506.09985"),
                 ("official code and checkpoints", "https://github.com/facebookresearch/vjepa2")],
        checked="2026-12",
        learn=("V-JEPA 2 — Meta AI blog", "https://ai.meta.com/blog/v-jepa-2-world-model-benchmarks")),

    dict(
        id="dino-wm",
        name="DINO-WM",
        short="DINO-WM",
        family="JEPA",
        anim="jepa",
        date="2024-11",
        tagline="A world model that predicts frozen DINOv2 patch features instead of pixels, then plans to match a goal image.",
        simple=("Instead of learning its own visual code, DINO-WM borrows DINOv2: each frame becomes a grid of "
                "pre-trained patch features, and a transformer learns from offline trajectories to predict the next "
                "grid given past ones and an action. Any goal image becomes a target in that feature space, so the "
                "same model solves new tasks at test time by searching action sequences (CEM / MPC) — no reward "
                "model, no expert demonstrations, no inverse model."),
        mapping="frames → frozen DINOv2 patch features → ViT predictor with actions → predicted future patches → CEM to match goal patches",
        math=r"\mathcal{L}=\big\|p_\theta\big(z_{t-H:t},a_{t-H:t}\big)-z_{t+1}\big\|_2^2,\;\;z=\text{DINOv2}(o);\qquad a^\star=\arg\min_{a_{t:T}}\big\|\hat z_T-z_{\text{goal}}\big\|_2^2",
        when="Offline, task-agnostic visual planning (mazes, pushing, particles) when you have trajectories but no rewards.",
        pros=["Zero-shot planning in six environments without demos, rewards or inverse models", "Reuses a strong frozen encoder — no representation collapse to fight", "Generalizes to new maze layouts and object shapes"],
        cons=["Test-time CEM planning is slow", "Needs action-labelled offline trajectories", "Generic frozen features can miss task-specific detail"],
        papers=["zhou2025dinowm"],
        sources=[("arXiv 2411.04983", "https://arxiv.org/abs/2411.04983"),
                 ("arXiv HTML v2 (ICML 2025 version)", "https://arxiv.org/html/2411.04983v2")],
        checked="2026-12",
        learn=("DINO-WM — project page", "https://dino-wm.github.io/")),

    dict(
        id="iwm",
        name="IWM (Image World Models)",
        short="IWM",
        family="JEPA",
        anim="jepa",
        date="2024-03",
        tagline="JEPA beyond masking: learn to predict, in latent space, what a photometric transformation did to an image.",
        simple=("I-JEPA only predicts hidden patches. IWM gives the predictor a world-model job: from a corrupted "
                "view (colour jitter, blur, masking …) plus the parameters of the corruption, predict the "
                "representation of the original image. Three things matter — conditioning on the transformation, "
                "enough difficulty, enough predictor capacity — and the learned predictor can be fine-tuned for new "
                "tasks, matching or beating other self-supervised methods. It also lets you dial features from "
                "invariant (contrastive-like) to equivariant (masked-modeling-like)."),
        mapping="image → transformed / masked view + transformation parameters → encoder + predictor → predicted clean embedding ↔ EMA target",
        math=r"\mathcal{L}=\big\|p_\phi\big(f_\theta(x),\,a_{x\to y},\,m_y\big)-f_{\bar\theta}(y)\big\|_2^2\quad(x=\text{transformed view},\;y=\text{source image},\;a=\text{transformation parameters})",
        when="Using the JEPA predictor itself as a reusable world model in self-supervised vision.",
        pros=["Fine-tuned predictor matches or beats prior self-supervised methods", "Controls abstraction: invariant ↔ equivariant features", "Clear recipe: conditioning, prediction difficulty, capacity"],
        cons=["Static images with photometric 'actions' only — no time dynamics", "Evaluated on vision benchmarks, not control", "A bigger predictor adds compute"],
        papers=["garrido2024iwm"],
        sources=[("arXiv 2403.00504", "https://arxiv.org/abs/2403.00504")],
        checked="2026-12",
        learn=("IWM — arXiv paper", "https://arxiv.org/abs/2403.00504")),

    dict(
        id="pldm",
        name="PLDM (Planning with Latent Dynamics)",
        short="PLDM",
        family="JEPA",
        anim="jepa",
        date="2025-02",
        tagline="A JEPA latent dynamics model trained on reward-free offline data and planned with MPPI — generalizes where RL breaks.",
        simple=("Given only offline trajectories without rewards, should you train a goal-conditioned policy (RL) or "
                "a dynamics model you plan with? This study trains a JEPA-style latent dynamics model from scratch — "
                "variance/covariance terms against collapse, a temporal-smoothness term, an inverse-dynamics term — "
                "and plans in its latent space. Across 23 datasets in two navigation environments, model-free RL wins "
                "when data is plentiful and good, but PLDM generalizes best: new layouts, new tasks, random or "
                "suboptimal data, stitching trajectories."),
        mapping="reward-free offline trajectories → JEPA encoder + latent predictor (VICReg-style losses) → MPPI in latent space → reach goal",
        math=r"\mathcal{L}=\sum_{k}\big\|\hat z_{t+k}-z_{t+k}\big\|_2^2+\alpha\big(\mathcal{L}_{\text{var}}+\mathcal{L}_{\text{cov}}\big)+\beta\,\mathcal{L}_{\text{time}}+\delta\,\mathcal{L}_{\text{IDM}}",
        when="Learning from cheap, suboptimal, reward-free logs when test tasks or layouts will differ from training.",
        pros=["Best zero-shot generalization to new layouts and tasks among the 6 methods tested", "Robust to random or suboptimal data; stitches trajectories", "Data-efficient"],
        cons=["Tested on top-down navigation only", "Model-free RL is better when data is abundant and high-quality", "Planning costs compute at every step"],
        papers=["sobal2025pldm"],
        sources=[("arXiv 2502.14819", "https://arxiv.org/abs/2502.14819"),
                 ("official code", "https://github.com/vladisai/PLDM")],
        checked="2026-12",
        learn=("PLDM — project page", "https://latent-planning.github.io/")),

    dict(
        id="spr",
        name="SPR (Self-Predictive Representations)",
        short="SPR",
        family="JEPA",
        anim="jepa",
        date="2020-07",
        tagline="Train the RL encoder to predict its own future latents several steps ahead — latent prediction for data-efficient RL.",
        simple=("SPR gives a Rainbow-style agent one extra job: roll a small transition model forward K steps in "
                "latent space and make its predictions match the latents that an EMA target encoder computes for the "
                "real future frames (cosine similarity, BYOL-style). No pixels are ever reconstructed. With data "
                "augmentation on top, it beat the previous Atari 100k record by 55% — a JEPA-style world-model loss "
                "before the name JEPA existed."),
        mapping="frames → online encoder → K-step latent transition model → projections ↔ EMA target encoder of real future frames",
        math=r"\mathcal{L}_{\text{SPR}}=-\sum_{k=1}^{K}\cos\Big(q\big(g_o(\hat z_{t+k})\big),\;\mathrm{sg}\big[g_m(\tilde z_{t+k})\big]\Big),\quad\hat z_{t+k}=h(\hat z_{t+k-1},a_{t+k-1}),\;\;\tilde z_{t+k}=f_m(o_{t+k})\;(\text{EMA})",
        when="Data-efficient RL from pixels; an auxiliary latent-prediction loss for any value-based or model-based agent.",
        pros=["0.415 median human-normalized score on Atari 100k (+55% over the previous SOTA)", "Beats expert humans on 7 of 26 games with only 100k steps", "Cheap auxiliary loss, no decoder"],
        cons=["The model is only an auxiliary loss — no planning or imagination", "Discrete-action Atari focus", "Relies on EMA target + augmentation to avoid collapse"],
        papers=["schwarzer2021spr"],
        sources=[("arXiv 2007.05929", "https://arxiv.org/abs/2007.05929"),
                 ("ICLR 2021 paper (OpenReview)", "https://openreview.net/forum?id=uCQfPZwRaUu")],
        checked="2026-12",
        learn=("SPR — official repo", "https://github.com/mila-iqia/spr")),

    dict(
        id="lewm",
        name="LeWorldModel (LeWM)",
        short="LeWM",
        family="JEPA",
        anim="jepa",
        date="2026-03",
        tagline="A 15M-parameter JEPA world model trained end-to-end from pixels with two losses: predict the next embedding, keep embeddings Gaussian.",
        simple=("Earlier JEPA world models needed tricks to stop every frame collapsing to the same vector: DINO-WM "
                "froze a pre-trained encoder, PLDM stacked a many-term VICReg-style loss. LeWM trains its own small "
                "encoder and predictor together from raw pixels with just a next-embedding prediction loss plus "
                "SIGReg, a regularizer taken from LeJEPA that pushes the embeddings toward an isotropic Gaussian by "
                "testing many random 1-D projections of them. Each frame becomes a single small vector, so planning "
                "toward a goal image with CEM in that space is fast."),
        mapping="pixels → ViT-tiny encoder → one latent vector per frame → action-conditioned predictor → CEM plan toward the goal embedding",
        math=r"\mathcal{L}_{\text{LeWM}}=\big\|\mathrm{pred}_\theta(z_t,a_t)-z_{t+1}\big\|_2^2+\lambda\,\mathrm{SIGReg}(Z),\quad z_t=\mathrm{enc}_\theta(o_t),\quad \mathrm{SIGReg}(Z)=\tfrac{1}{M}{\textstyle\sum_{m=1}^{M}}T_{\text{EP}}\big(Z u_m\big)\;\;(u_m\ \text{random unit directions},\ T_{\text{EP}}\ \text{Epps-Pulley normality test})",
        when="Learning a goal-conditioned planning world model from offline pixels and actions on one GPU, with no pre-trained encoder.",
        pros=["About 15M parameters, trainable on a single GPU in a few hours", "Plans up to 48× faster than the foundation-model-based DINO-WM while staying competitive", "One loss hyperparameter instead of six for PLDM, the previous end-to-end JEPA world model"],
        cons=["Evaluated on small simulated tasks (Two-Room, Reacher, Push-T, OGBench Cube)", "No pixel decoder: imagined futures can be probed but not watched", "One-step latent rollouts compound error at long horizons (several 2026 follow-ups target this)"],
        papers=["maes2026leworldmodel", "balestriero2025lejepa"],
        sources=[("arXiv 2603.19312", "https://arxiv.org/abs/2603.19312"),
                 ("official code", "https://github.com/lucas-maes/le-wm")],
        checked="2026-12",
        learn=("LeWorldModel — project page", "https://le-wm.github.io/")),

    dict(
        id="vl-jepa",
        name="VL-JEPA (vision-language JEPA)",
        short="VL-JEPA",
        family="JEPA",
        anim="jepa",
        date="2025-12",
        tagline="A vision-language model that predicts the embedding of the answer instead of writing it token by token; text is decoded only if needed.",
        simple=("A normal vision-language model writes its answer word by word, spending effort on phrasing that does "
                "not change the meaning ('the lamp is turned off' vs 'the room goes dark'). VL-JEPA encodes the video "
                "with a frozen V-JEPA 2 encoder, reads a text query, and predicts a continuous embedding of the "
                "target text, trained jointly with the text encoder by a bi-directional InfoNCE loss (the paper's wording), which pulls each prediction towards its own target embedding and away from the other targets in the batch, and each target towards its own prediction. A light decoder turns that embedding into words only when needed, so a live video "
                "stream can be watched continuously with text produced only when the predicted meaning changes. The "
                "same embedding space also works for classification and retrieval."),
        mapping="video frames → frozen V-JEPA 2 encoder → predictor (+ text query) → predicted answer embedding → optional text decoder",
        math=r"\mathcal{L}=-\frac{1}{2B}\sum_{i=1}^{B}\Big[\log\frac{e^{\langle\hat s_i,s_i\rangle/\tau}}{\sum_{j}e^{\langle\hat s_i,s_j\rangle/\tau}}+\log\frac{e^{\langle\hat s_i,s_i\rangle/\tau}}{\sum_{j}e^{\langle\hat s_j,s_i\rangle/\tau}}\Big],\qquad \hat s_i=P_\phi\big(E_x(X_{V,i}),X_{Q,i}\big),\quad s_i=E_y(Y_i)",
        when="Real-time video understanding (captioning, retrieval, question answering) where generating every token is too slow.",
        pros=["Beats a matched token-space VLM (same vision encoder and data) with 50% fewer trainable parameters", "Selective decoding cuts decoding operations about 2.85× at similar quality", "One 1.6B-parameter model does classification, retrieval and VQA; beats CLIP, SigLIP2 and Perception Encoder on average over 16 video datasets"],
        cons=["About perception and language, not action: it does not predict the consequences of actions", "Still needs a text decoder to give readable answers", "On the four VQA sets tested it only matches classic VLMs (InstructBLIP, QwenVL)"],
        papers=["chen2026vljepa"],
        sources=[("arXiv 2512.10942", "https://arxiv.org/abs/2512.10942"),
                 ("arXiv HTML v1", "https://arxiv.org/html/2512.10942v1")],
        checked="2026-12",
        learn=("VL-JEPA — ICLR 2026 OpenReview page (paper, reviews, discussion)", "https://openreview.net/forum?id=tjimrqc2BU")),

    dict(
        id="vjepa-physics",
        name="Intuitive physics from V-JEPA (violation of expectation)",
        short="V-JEPA physics",
        family="JEPA",
        anim="jepa",
        date="2025-02",
        tagline="A V-JEPA model never told about physics is 'surprised' by impossible videos; pixel predictors and multimodal LLMs stay near chance.",
        simple=("Developmental psychologists test babies by showing them impossible events (a ball that vanishes "
                "behind a screen) and measuring surprise. This study does the same with video models: surprise is "
                "the error between the model's predicted representation of the coming frames and the representation "
                "of what it then sees. V-JEPA, trained only to predict masked parts of natural videos in a learned "
                "representation space, reliably tells possible from impossible videos for properties such as object "
                "permanence and shape consistency, while pixel-space video predictors and multimodal LLMs score "
                "close to chance."),
        mapping="natural videos → V-JEPA pretraining (masked latent prediction) → predict representations of upcoming frames → surprise = prediction error → possible vs impossible",
        math=r"S(x)=\operatorname{agg}_t\,\big\|P_\phi\big(E_\theta(x_{t-C:t})\big)-E_\theta(x_{t:t+M})\big\|_1\ \ (\text{agg = mean or max over time}),\qquad \text{pairwise acc.}=\Pr\big[S(x^{\text{impossible}})>S(x^{\text{possible}})\big]",
        when="To test, without any task-specific training, whether a video world model has picked up physical common sense.",
        pros=["Zero-shot: the pretrained predictor's own error is the surprise signal, no probe is trained", "Above-chance results even for models trained on one week of unique video (as reported)", "Clean comparison of latent prediction vs pixel prediction vs reasoning through text"],
        cons=["Measures understanding, not control: no actions, no planning", "Covers a handful of properties on three synthetic benchmarks (IntPhys, GRASP, InfLevel)", "Needs matched pairs of possible and impossible videos"],
        papers=["garrido2025intuitive"],
        sources=[("arXiv 2502.11831", "https://arxiv.org/abs/2502.11831"),
                 ("arXiv HTML v1", "https://arxiv.org/html/2502.11831v1")],
        checked="2026-12",
        kind="evaluation",
        learn=("Code and data — facebookresearch/jepa-intuitive-physics", "https://github.com/facebookresearch/jepa-intuitive-physics")),

    dict(
        id="dino-foresight",
        name="DINO-Foresight",
        short="DINO-Foresight",
        family="JEPA",
        anim="jepa",
        date="2024-12",
        tagline="Forecast the future in frozen DINOv2 feature space with a masked feature transformer, then read out segmentation, depth and normals.",
        simple=("Instead of painting future frames pixel by pixel, DINO-Foresight predicts how the features of a "
                "frozen vision foundation model (DINOv2) will evolve. Features from several encoder layers are "
                "stacked and compressed with PCA, a masked feature transformer learns self-supervised to fill in the "
                "features of the future frame, and off-the-shelf task heads turn the forecast into future semantic "
                "and instance segmentation, depth and surface normals."),
        mapping="context frames → frozen DINOv2 (multi-layer features, PCA-reduced) → masked feature transformer → future features → plug-in task heads",
        math=r"\mathcal{L}=\sum_{i\in\mathcal{M}}\mathrm{SmoothL1}\big(\hat F_{T+1,i}-F_{T+1,i}\big),\qquad \hat F_{T+1}=g_\theta\big(F_{1:T},[\mathrm{MASK}]\big),\quad F_t=\mathrm{PCA}\big(\mathrm{concat}_\ell\,\mathrm{DINOv2}_\ell(x_t)\big)",
        when="Forecasting scene understanding (segmentation, depth) for driving or robotics without generating pixels.",
        pros=["One forecaster serves several tasks through plug-and-play heads", "Much lighter than pixel-level driving world models such as Vista, which it outperforms on its benchmarks (as reported)", "Multi-layer targets keep both semantic and geometric detail"],
        cons=["No action conditioning: it forecasts, it cannot plan", "Short horizons on driving datasets (Cityscapes, nuScenes)", "Bounded by what the frozen encoder's features capture"],
        papers=["karypidis2025dinoforesight"],
        sources=[("arXiv 2412.11673", "https://arxiv.org/abs/2412.11673"),
                 ("official code", "https://github.com/Sta8is/DINO-Foresight")],
        checked="2026-12",
        learn=("DINO-Foresight — project page", "https://dino-foresight.github.io/")),

    dict(
        id="dino-world",
        name="DINO-world (Meta)",
        short="DINO-world",
        family="JEPA",
        anim="jepa",
        date="2025-07",
        tagline="A generalist video world model that predicts future DINOv2 patch features from large uncurated video, then is fine-tuned with actions to plan.",
        simple=("DINO-world keeps DINOv2 frozen as the encoder and trains only a predictor: a stack of cross-attention "
                "blocks in which a query for each future patch, at a chosen future time, attends to all patch tokens "
                "of the past frames. Trained on a large uncurated video collection (driving, indoor, simulated "
                "scenes), it forecasts segmentation and depth better than previous models and shows intuitive-physics "
                "understanding. Adding zero-initialised action blocks and fine-tuning on observation–action "
                "trajectories turns it into an action-conditioned world model for planning in latent space."),
        mapping="video frames → frozen DINOv2 patch tokens → causal cross-attention predictor (3-axis RoPE) → future patch tokens → + action blocks → latent planning",
        math=r"\hat x_{t+1,i,j}=g_\theta\big(q(\tau_{t+1},i,j);\;x_{1:t},\tau_{1:t}\big),\qquad \mathcal{L}=\sum_{t,i,j}\ell\big(\hat x_{t+1,i,j},\,x_{t+1,i,j}\big),\quad x_t=\mathrm{DINOv2}(o_t)\ \text{(frozen)}",
        when="When you want one pretrained latent video predictor across domains, to probe or to fine-tune for planning.",
        pros=["Frozen encoder: only the predictor is trained, no representation collapse to fight", "Outperforms previous models on segmentation and depth forecasting (as reported)", "The same predictor fine-tunes into an action-conditioned planner"],
        cons=["Predictions blur when the future is ambiguous or the context is short", "Inherits the frozen encoder's blind spots", "Predicts features, not pixels: you need extra heads to see the future"],
        papers=["baldassarre2025dinoworld"],
        sources=[("arXiv 2507.19468", "https://arxiv.org/abs/2507.19468"),
                 ("arXiv HTML v1", "https://arxiv.org/html/2507.19468v1")],
        checked="2026-12",
        learn=("DINO-world — author's page with prediction videos", "https://baldassarrefe.github.io/publication/dino-world-2025")),

    dict(
        id="td-jepa",
        name="TD-JEPA (temporal-difference JEPA)",
        short="TD-JEPA",
        family="JEPA",
        anim="jepa",
        date="2025-10",
        tagline="Latent prediction learned by temporal-difference bootstrapping: predict long-term future latents under many policies, then optimise any reward zero-shot.",
        simple=("Most JEPA-style losses in RL predict one step ahead under the data's own policy. TD-JEPA uses "
                "temporal-difference learning so that its predictor forecasts the discounted future of latent states "
                "under a whole family of policies, learned from offline, reward-free transitions. It trains a state "
                "encoder, a task encoder, a policy-conditioned predictor and the policies themselves in latent space; "
                "at test time any reward function can be optimised zero-shot. In an idealised form the predictor "
                "recovers successor features in latent space."),
        mapping="offline reward-free transitions → state encoder + task encoder → policy-conditioned predictor trained by TD → successor-feature-like latents → zero-shot policy for a new reward",
        math=r"T_\omega(s_t,a_t,z)\approx\mathbb{E}_{\pi_z}\Big[{\textstyle\sum_{k\ge 0}}\gamma^k\,\psi(s_{t+k+1})\Big],\qquad \mathcal{L}_{\text{TD}}=\big\|T_\omega(s_t,a_t,z)-\psi(s_{t+1})-\gamma\,\bar T\big(s_{t+1},\pi_z(s_{t+1}),z\big)\big\|^2",
        when="Unsupervised, zero-shot RL from offline reward-free data, especially from pixels.",
        pros=["Matches or beats state-of-the-art zero-shot RL baselines on 13 ExoRL and OGBench datasets", "Particularly strong in zero-shot RL from pixels", "Theory: an idealised variant avoids collapse and learns a low-rank factorisation of policy dynamics"],
        cons=["Simulated locomotion, navigation and manipulation only", "Many parts to train: two encoders, a predictor and a family of policies", "A latent model for values and policies, not for generating or inspecting futures"],
        papers=["bagatella2025tdjepa"],
        sources=[("arXiv 2510.00739", "https://arxiv.org/abs/2510.00739"),
                 ("arXiv HTML v1", "https://arxiv.org/html/2510.00739v1")],
        checked="2026-12",
        learn=("TD-JEPA — official code", "https://github.com/marbaga/td_jepa_public")),

    dict(
        id="jepa-wms",
        name="JEPA-WMs (what drives success in JEPA planning)",
        short="JEPA-WMs",
        family="JEPA",
        anim="jepa",
        date="2025-12",
        tagline="A controlled study of JEPA world models for planning — encoder, predictor, losses, planner — whose best recipe beats DINO-WM and V-JEPA 2-AC.",
        simple=("DINO-WM and V-JEPA 2-AC both plan in the representation space of a frozen encoder, but which design "
                "choices actually matter? This Meta study treats such models as one family, JEPA-WMs, and varies one "
                "component at a time — visual encoder, predictor architecture and action conditioning, multistep "
                "rollout loss, proprioception, planning optimiser — on simulated navigation and manipulation tasks "
                "and on real robot data (DROID). Combining the best choices gives a model that outperforms both "
                "baselines."),
        mapping="frozen visual encoder (DINOv2 / DINOv3 / V-JEPA) → action-conditioned ViT predictor (multistep rollout loss) → planner (CEM, NeverGrad, gradient) → distance to the goal embedding",
        math=r"\mathcal{L}=\sum_{k=1}^{K}\big\|g_\phi^{(k)}\big(z_{t},a_{t:t+k-1}\big)-z_{t+k}\big\|_2^2,\quad z=E(o)\ \text{(frozen)};\qquad a^\star_{t:t+H}=\arg\min_{a}\big\|\hat z_{t+H}(a)-E(o_{\text{goal}})\big\|",
        when="Choosing the design of a latent planning world model for robot manipulation or navigation.",
        pros=["One-factor-at-a-time ablations in simulation and on real-robot data", "Best configuration outperforms DINO-WM and V-JEPA 2-AC in navigation and manipulation", "Code, data and checkpoints released, including reproduced baselines"],
        cons=["A study of an existing family, not a new paradigm", "Conclusions are tied to the benchmarks tested", "Still goal-image planning on top of a frozen encoder"],
        papers=["terver2025jepawms"],
        sources=[("arXiv 2512.24497", "https://arxiv.org/abs/2512.24497"),
                 ("models and baselines (Hugging Face)", "https://huggingface.co/facebook/jepa-wms")],
        checked="2026-12",
        learn=("JEPA-WMs — official code, data and models", "https://github.com/facebookresearch/jepa-wms")),

    dict(
        id="eb-jepa",
        name="EB-JEPA (energy-based JEPA library)",
        short="EB-JEPA",
        family="JEPA",
        anim="jepa",
        date="2026-02",
        tagline="Meta's small open library: an image joint-embedding example, a video predictor and a planning world model, each on one GPU.",
        simple=("Production JEPA code bases are large and world-model code often assumes a frozen pre-trained encoder. EB-JEPA packs the ideas into three self-contained examples, each trainable on one GPU in a few hours: an image example on CIFAR-10 that is a joint-embedding method with no predictor (two augmented views are pulled together and VICReg or SIGReg stops collapse), a video example on Moving MNIST that predicts the next frame's representation under a variance-covariance penalty, and an action-conditioned world model on the Two Rooms task that adds temporal-smoothness and inverse-dynamics terms and plans with MPPI or CEM. Only the image example uses SIGReg."),
        mapping="observations → encoder → (action-conditioned) predictor → prediction energy + anti-collapse regulariser → plan by lowering the energy to a goal",
        math=r"\mathcal{L}_{\text{img}}=\big\|z_1-z_2\big\|_2^2+\lambda\,\mathrm{SIGReg}(z_1,z_2)\ \ \text{(or VICReg variance and covariance terms)},\quad z_i=h\big(f_\theta(x_i)\big)\ \text{(two augmented views, no predictor)};\qquad \mathcal{L}_{\text{wm}}=\sum_{k=1}^{K}\sum_{t}\big\|\hat z^{(k)}_t-z_t\big\|_2^2+\beta\,\mathcal{L}_{\text{cov}}+\alpha\,\mathcal{L}_{\text{var}}+\delta\sum_{t}\big\|z_t-z_{t+1}\big\|_2^2+\omega\sum_{t}\big\|a_t-g_\psi(z_t,z_{t+1})\big\|_2^2,\quad \hat z_{t+1}=P_\phi(\hat z_t,a_t)",
        when="Learning or teaching JEPA world models hands-on before scaling up.",
        pros=["Each example trains on a single GPU in a few hours", "One code path covers image, video and action-conditioned world models plus planning", "Swappable encoders, predictors and regularisers; Apache 2.0 licence"],
        cons=["Toy-scale data (e.g. Moving MNIST, a two-room navigation task)", "A teaching and prototyping library, not a new state of the art", "The world-model example needs extra regularisers (temporal smoothness, inverse dynamics) to work"],
        papers=["terver2026ebjepa"],
        sources=[("arXiv 2602.03604", "https://arxiv.org/abs/2602.03604"),
                 ("arXiv HTML v1", "https://arxiv.org/html/2602.03604v1")],
        checked="2026-12",
        learn=("EB-JEPA — official repository", "https://github.com/facebookresearch/eb_jepa")),

    dict(
        id="vjepa21",
        name="V-JEPA 2.1 (dense features)",
        short="V-JEPA 2.1",
        family="JEPA",
        anim="jepa",
        date="2026-03",
        tagline="V-JEPA 2 retrained so that visible as well as masked tokens carry the loss, at several depths — dense features that anticipate, navigate and grasp better.",
        simple=("V-JEPA 2 learned strong global video features but weaker dense, per-patch ones. V-JEPA 2.1 adds a "
                "dense predictive loss in which both visible and masked tokens contribute to the training signal, "
                "applies the self-supervised objective at several intermediate encoder layers (deep self-supervision), "
                "uses modality-specific tokenizers to train on images and videos together, and scales model and data. "
                "The resulting features are spatially structured and temporally consistent, which helps action "
                "anticipation, depth estimation, navigation and robot grasping."),
        mapping="images + videos → modality-specific tokenizers → ViT encoder + predictor → loss on masked and visible tokens at several layers → dense features → probes or action-conditioned planner",
        math=r"\mathcal{L}=\sum_{\ell\in\mathcal{S}}\Big[\sum_{i\in\mathcal{M}}\big\|\hat z^{(\ell)}_i-\mathrm{sg}\big(\bar z^{(\ell)}_i\big)\big\|_1+\sum_{i\in\mathcal{V}}\lambda_i\,\big\|\hat z^{(\ell)}_i-\mathrm{sg}\big(\bar z^{(\ell)}_i\big)\big\|_1\Big],\qquad \lambda_i=\frac{\lambda(s)}{\sqrt{d_{\min}(i,\mathcal{M})}}\quad(\mathcal{M}=\text{masked},\ \mathcal{V}=\text{visible tokens},\ \mathcal{S}=\text{supervised layers},\ \lambda(s)\ \text{warmed up over training steps } s)",
        when="When a JEPA encoder must give good per-patch features (depth, dense prediction, manipulation), not just clip-level ones.",
        pros=["7.71 mAP on Ego4D short-term object-interaction anticipation and 40.8 Recall@5 on EPIC-KITCHENS action anticipation", "Better real-robot grasping and navigation from its dense features than V-JEPA 2", "One model for images and video, with modality-specific tokenizers"],
        cons=["Goals still come as images or probes: no language or reward interface", "Heavier recipe than V-JEPA 2 (multi-layer losses, larger scale)", "Gains are mainly on dense tasks; global action recognition stays close to V-JEPA 2"],
        papers=["murlabadia2026vjepa21"],
        sources=[("arXiv 2603.14482", "https://arxiv.org/abs/2603.14482")],
        checked="2026-12",
        learn=("V-JEPA 2 / 2.1 — official code and checkpoints", "https://github.com/facebookresearch/vjepa2")),


    # ---- JEPA: added 2026-12 ----

    dict(
        id="c-swm",
        name="C-SWM (Contrastively-trained Structured World Models)",
        short="C-SWM",
        family="JEPA",
        anim="jepa",
        date="2019-11",
        added="2026-12",
        aliases=["Contrastive Structured World Models"],
        tagline="An object-factored world model trained only in latent space: actions move object embeddings, a contrastive loss replaces decoding.",
        simple="C-SWM learns a world model without ever reconstructing pixels. A CNN splits each observation into K object slots, and a graph neural network over the slots predicts how each object's embedding changes under the agent's action (the action acts as a translation in latent space). Training pulls the predicted next state toward the encoding of the real next observation and pushes the encoding of a random other state away by a margin (a hinge, contrastive loss). Objects emerge without supervision, and the model is judged by ranking the true next state among others in latent space.",
        mapping="pixels → CNN object extractor → K object slots → GNN transition model (action as translation) → contrastive hinge loss against real and random next states",
        math=r"H=d\big(\mathbf z_t+T(\mathbf z_t,a_t),\,\mathbf z_{t+1}\big),\qquad \mathcal{L}=H+\max\big(0,\;\gamma-d(\tilde{\mathbf z}_t,\,\mathbf z_{t+1})\big),\qquad \mathbf z_t=E(s_t)=\{\mathbf z^k_t\}_{k=1}^{K},\ \tilde{\mathbf z}_t=E(\tilde s_t)",
        when="When the environment is made of a few interacting objects and you want object-level latent dynamics without a pixel decoder.",
        pros=["No pixel reconstruction: avoids ignoring small but relevant details (the paper's example: a bullet in an Atari game)", "Discovers object slots from raw pixels without supervision, with a relational GNN transition model", "Small, open-source reference implementation (official PyTorch code)"],
        cons=["Needs negative samples and a margin hyperparameter for the contrastive hinge loss", "Deterministic transitions and a fixed number of object slots", "Shown on simple grid worlds, two Atari games and a 3-body physics simulation only"],
        papers=["kipf2020cswm"],
        sources=[("official README (abstract, BibTeX arXiv 1911.12247, environments)", "https://github.com/tkipf/c-swm"),
                 ("ICLR 2020 camera-ready text (abstract, introduction)", "https://www.arxiv-vanity.com/papers/1911.12247/")],
        checked="2026-12",
        learn=("C-SWM — official code", "https://github.com/tkipf/c-swm")),

    dict(
        id="jepa-slow-features",
        name="JEPAs Focus on Slow Features (Sobal et al.)",
        short="JEPA slow features",
        family="JEPA",
        anim="jepa",
        date="2022-11",
        added="2026-12",
        aliases=["slow features", "JEPA failure mode"],
        tagline="An early test of action-conditioned JEPA world models: they beat pixel reconstruction on changing noise, but lock onto fixed distractors.",
        simple="This study trains small action-conditioned world models on a moving dot with background distractors, fully offline and without rewards, and probes whether the learned state still says where the dot is. JEPA models trained with VICReg or SimCLR predict the next embedding instead of the next image. They match or beat a reconstruction-based RSSM when the distractor noise changes every step, but fail when the noise is fixed: a static background is perfectly predictable and diverse enough to satisfy the anti-collapse terms, so the encoder keeps it and ignores the moving dot. The authors explain this failure theoretically.",
        mapping="pixels with distractor noise → encoder z_t → action-conditioned predictor of the next embedding (VICReg or SimCLR anti-collapse) → probe for dot location → compare with RSSM reconstruction",
        math=r"\hat{\mathbf z}_{t+1}=g_\phi(\mathbf z_t,a_t),\ \ \mathbf z_t=f_\theta(o_t),\qquad \mathcal{L}=\sum_t\big\lVert\hat{\mathbf z}_{t+1}-\mathbf z_{t+1}\big\rVert^2+\alpha\,\mathcal{L}_{\text{var}}(\mathbf Z)+\beta\,\mathcal{L}_{\text{cov}}(\mathbf Z)\quad(\text{VICReg variant})",
        when="Before trusting a latent-prediction world model: it shows which features a JEPA objective prefers and how it can miss the state you care about.",
        pros=["Clean, controlled comparison of JEPA objectives (VICReg, SimCLR) with a reconstruction world model (RSSM)", "Shows JEPA is on par or better when distractor noise changes every time step", "Explains the fixed-noise failure theoretically, a limitation later JEPA world-model work must address"],
        cons=["A toy moving-dot environment; far from natural video", "Offline probing only: no planning or control with the learned model", "A short analysis paper rather than a new method"],
        papers=["sobal2022jepaslow"],
        sources=[("arXiv 2211.10831 abstract (scholarfeed) and paper source (alex-knowledge-base copy: authors, abstract)", "https://arxiv.org/abs/2211.10831"),
                 ("official code README (model_type VICReg / RSSM / SimCLR, noise settings)", "https://github.com/vladisai/JEPA_SSL_NeurIPS_2022")],
        checked="2026-12",
        learn=("JEPAs focus on slow features — official code", "https://github.com/vladisai/JEPA_SSL_NeurIPS_2022")),

    dict(
        id="self-predictive-rl",
        name="Self-predictive RL (ZP condition, Ni et al.)",
        short="Self-predictive RL",
        family="JEPA",
        anim="jepa",
        date="2024-01",
        added="2026-12",
        aliases=["ZP condition", "Bridging State and History Representations"],
        tagline="A unifying view of latent-prediction models in RL: many methods share one 'predict your next latent' condition; one extra loss suffices.",
        simple="Reinforcement-learning agents learn their state representation in many ways: model-free losses, latent self-prediction (SPR, TD-MPC, EfficientZero) or observation prediction (Dreamer, SLAC). This paper shows they are connected by a self-predictive condition, ZP: the encoder's latent state must predict the next latent state. It studies which training objectives (ℓ2, cosine, KL) and which stop-gradient or EMA targets learn ZP without collapse, and distils a minimal algorithm: model-free RL plus a single ℓ2 loss toward the next latent from an EMA target encoder.",
        mapping="history or observation → encoder latent z → model-free RL loss in latent space + one ZP loss: predict next latent (EMA target, stop-gradient) → representation with ZP and reward-prediction properties",
        math=r"\mathbf z=f_\theta(h),\ \ \mathbf z'=f_{\bar\theta}(h'),\qquad \mathcal{L}=\mathcal{L}_{\text{RL}}(\mathbf z,a,\mathbf z',r)+\lambda\,\big\lVert g_\phi(\mathbf z,a)-\mathrm{sg}(\mathbf z')\big\rVert_2^2,\qquad \bar\theta\leftarrow\tau\bar\theta+(1-\tau)\theta",
        when="When choosing or debugging a latent-prediction objective for an RL agent, especially in noisy or partially observable tasks.",
        pros=["Explains why SPR-, TD-MPC- and EfficientZero-style latent prediction works, through one ZP condition", "Analyses stop-gradient and EMA targets as the mechanism that prevents representational collapse", "Minimal, open baseline: one auxiliary loss on top of model-free RL, for MDPs and POMDPs"],
        cons=["Uses the latent model only for representation learning, not for planning or imagination", 'Recommendations are "preliminary" in the authors\' words; sparse-reward tasks may favour observation prediction', "Experiments are MuJoCo, distracting MuJoCo and MiniGrid, not large-scale visual domains"],
        papers=["ni2024bridging"],
        sources=[("official README (ICLR 2024 BibTeX, pseudocode, abstractions, recommendations)", "https://github.com/twni2016/self-predictive-rl"),
                 ("arXiv 2401.08898", "https://arxiv.org/abs/2401.08898")],
        checked="2026-12",
        learn=("Self-predictive RL — official code and practitioner recommendations", "https://github.com/twni2016/self-predictive-rl")),

    dict(
        id="seq-jepa",
        name="seq-JEPA (action-conditioned sequence JEPA)",
        short="seq-JEPA",
        family="JEPA",
        anim="jepa",
        date="2025-05",
        added="2026-12",
        tagline="A JEPA world model over sequences of views: given what you saw and how you moved, predict the embedding of the next view.",
        simple="Most self-supervised methods compare two augmented views of an image, which forces a choice between features that ignore a transformation (good for classification) and features that track it (good for pose or colour). seq-JEPA treats the transformations as actions: it encodes a short sequence of views, attaches to each the action that leads to the next view, and a transformer aggregates these view–action pairs. A predictor, conditioned on the next action, predicts the next view's embedding from an EMA target encoder. The aggregate becomes invariant and the per-view encodings stay equivariant, without extra loss terms; the same setup learns from saccade-like glimpses of an image.",
        mapping="sequence of views + relative transformations (actions) → encoder per view ⊕ action embedding → transformer aggregate token → predictor conditioned on next action → next view's EMA-target embedding (cosine loss)",
        math=r"\mathbf h=g_\phi\big([\,\mathrm{agg};\,f_\theta(x_1)\oplus e(a_1);\dots;f_\theta(x_M)\oplus e(a_M)\,]\big)_{\mathrm{agg}},\quad \hat{\mathbf z}_{M+1}=p_\psi\big(\mathbf h\oplus e(a_{M+1})\big),\quad \mathcal{L}=1-\cos\big(\hat{\mathbf z}_{M+1},\,\mathrm{sg}[f_\xi(x_{M+1})]\big),\ \ \xi\leftarrow\tau\xi+(1-\tau)\theta",
        when="When a representation must serve both invariance-demanding (classification) and equivariance-demanding (pose, rotation) tasks, or aggregate a sequence of glimpses.",
        pros=["One model gives an invariant aggregate and equivariant per-view features without dual predictors or extra loss terms", "Actions are explicit inputs, so it is a small action-conditioned world model in representation space", "Code, checkpoints (3DIEBench, STL10) and an out-of-distribution rotation test set are released"],
        cons=["Actions are image transformations or glimpse positions, not agent actions in an environment", "Experiments use short training and inference sequences, so scaling to long contexts is untested", "Small-scale backbones (ResNet-18 class) and datasets such as 3DIEBench, CIFAR-100 and STL10"],
        papers=["ghaemi2025seqjepa"],
        sources=[("arXiv 2505.03176 (HTML v1–v3 abstracts, authors)", "https://arxiv.org/html/2505.03176v3"),
                 ("official code README (NeurIPS 2025 BibTeX, OpenReview GKt3VRaCU1) and src/models.py (cosine loss, EMA target)", "https://github.com/hafezgh/seq-jepa")],
        checked="2026-12",
        learn=("seq-JEPA — project page", "https://hafezgh.github.io/seq-jepa/")),

    dict(
        id="lejepa",
        name="LeJEPA (Lean JEPA with SIGReg)",
        short="LeJEPA",
        family="JEPA",
        anim="jepa",
        date="2025-11",
        added="2026-12",
        aliases=["SIGReg", "Sketched Isotropic Gaussian Regularization"],
        tagline="A JEPA without the heuristics: predict across views and push embeddings to an isotropic Gaussian with one sketched test (SIGReg).",
        simple="JEPAs predict embeddings instead of pixels, but they can collapse to a trivial constant embedding, which is usually prevented by tricks such as stop-gradients, teacher–student networks and schedules. LeJEPA replaces the tricks with one principled regulariser, SIGReg: project the embeddings onto random directions and test each 1-D projection against a standard Gaussian (Epps–Pulley test), penalising the mismatch. Together with a prediction term that pulls every view's embedding toward the mean of the views, it has a single trade-off hyperparameter. LeWorldModel uses SIGReg to train a JEPA world model end to end.",
        mapping="image → several augmented views → encoder + projector embeddings → prediction loss toward the mean view embedding + SIGReg (random 1-D projections vs. Gaussian) → collapse-free representation",
        math=r"\mathcal{L}=(1-\lambda)\,\frac{1}{V}\sum_{v=1}^{V}\big\lVert \bar{\mathbf z}-\mathbf z_v\big\rVert^2+\lambda\,\frac{1}{|A|}\sum_{\mathbf a\in A}\int\big|\hat\varphi_{\mathbf a^\top\mathbf z}(t)-e^{-t^2/2}\big|^2 w(t)\,dt",
        when="When training any JEPA (image or world model) and you want collapse prevention from one loss term instead of EMA teachers and stop-gradients.",
        pros=["Single trade-off hyperparameter; no stop-gradient, teacher–student or schedulers (official README)", '"Linear time and memory complexity" and a codebase of "~50 lines of core code" (README)', "Reused as the collapse-prevention term of LeWorldModel, a JEPA world model trained end to end from pixels"],
        cons=["An image self-supervised method: it learns representations, not dynamics, so it is a world-model ingredient rather than a world model", "Still relies on hand-designed multi-crop augmentations (2 global + 6 local views in the README recipe)", "Evidence is mostly image classification and probing, not planning or control"],
        papers=["balestriero2025lejepa"],
        sources=[("official README (BibTeX, SIGReg, results vs I-JEPA) and MINIMAL.md (loss code)", "https://github.com/rbalestr-lab/lejepa"),
                 ("arXiv 2511.08544", "https://arxiv.org/abs/2511.08544")],
        checked="2026-12",
        learn=("LeJEPA — official code and minimal example", "https://github.com/rbalestr-lab/lejepa")),

    # ---------------- VideoDiff ----------------

    dict(
        id="vdm",
        name="Video Diffusion Models (VDM)",
        short="VDM",
        family="VideoDiff",
        anim="denoise",
        date="2022-04",
        tagline="The starting gun: the standard image diffusion recipe, stretched in time with a 3D U-Net, generates coherent video.",
        simple=("Take an image diffusion model, let it look at a whole stack of frames at once, and train it to clean "
                "noise off short video clips. That is VDM. Two tricks made it work: training on images and videos "
                "together, and a 'reconstruction guidance' sampler that extends a clip in time or resolution by "
                "conditioning on the part already generated. Every video world model in this family descends from it."),
        mapping="noisy video block → 3D U-Net denoiser (joint image+video training) → clean clip → guided extension",
        math=r"\mathcal{L}=\mathbb{E}_{\epsilon,t}\big[w(\lambda_t)\,\|\hat{\mathbf{x}}_\theta(\mathbf{z}_t)-\mathbf{x}\|_2^2\big],\quad \tilde{\mathbf{x}}^b_\theta=\hat{\mathbf{x}}^b_\theta-\tfrac{w_r\alpha_t}{2}\nabla_{\mathbf{z}^b_t}\big\|\mathbf{x}^a-\hat{\mathbf{x}}^a_\theta(\mathbf{z}_t)\big\|_2^2",
        when="To understand where video diffusion world models come from: the minimal change from images to video.",
        pros=["Plain Gaussian diffusion, little video-specific machinery", "Joint image+video training lowers gradient variance and speeds training", "Reconstruction guidance extends clips in time and resolution"],
        cons=["Pixel-space 3D U-Net: expensive, short low-res clips", "No action input: a movie generator, not yet a simulator", "Long videos only by block-wise extension, which drifts"],
        papers=["ho2022vdm"],
        sources=[("arXiv 2204.03458", "https://arxiv.org/abs/2204.03458")],
        checked="2026-11",
        learn=("Video Diffusion Models — project page", "https://video-diffusion.github.io/")),

    dict(
        id="sora",
        name="Sora / Sora 2 (OpenAI)",
        short="Sora / Sora 2",
        family="VideoDiff",
        anim="denoise",
        date="2024-02",
        tagline="A diffusion transformer on spacetime patches that made 'video generation as world simulation' a mainstream claim.",
        simple=("Sora compresses any video into a latent grid, cuts it into spacetime patches (the 'tokens' of video) "
                "and trains a diffusion transformer to turn noisy patches back into clean ones. Scaled up, it makes a "
                "minute of HD video with surprising 3D consistency and object permanence — so OpenAI called video "
                "models 'world simulators'. Sora 2 (2025) added synchronized sound and better-behaved physics."),
        mapping="video → compression network latent → spacetime patches → diffusion transformer (text-conditioned) → decoder",
        math=r"\min_\theta\;\mathbb{E}_{t,\epsilon}\big\|\mathbf{x}_0-f_\theta(\mathbf{x}_t,t,c)\big\|^2,\quad \mathbf{x}_0=\text{spacetime patches of }E(\text{video}),\;c=\text{text}",
        when="As the reference point for 'scale a video generator and a world simulator emerges' — and for its critiques.",
        pros=["Up to a minute of high-definition video (2024 report)", "Trains on native sizes, durations and aspect ratios via patches", "Sora 2 generates synchronized dialogue and sound effects"],
        cons=["No model or training details disclosed", "Physics-IQ: Sora scored 10.0% (i2v); Sora 2 reached 42.3%", "Text-conditioned, not action-conditioned: you cannot act in it"],
        papers=["brooks2024sora", "openai2025sora2"],
        sources=[("OpenAI technical report (2024)", "https://openai.com/index/video-generation-models-as-world-simulators/"),
                 ("OpenAI Sora 2 announcement (2025)", "https://openai.com/index/sora-2/")],
        checked="2026-11",
        learn=("Sora 2 System Card — OpenAI (capabilities, limits, safeguards)", "https://openai.com/index/sora-2-system-card/")),

    dict(
        id="unisim-google",
        name="UniSim (Google/Berkeley)",
        short="UniSim (Google)",
        family="VideoDiff",
        anim="denoise",
        anim_params=dict(frames="causal"),
        date="2023-10",
        tagline="One action-conditioned video diffusion model as a universal real-world simulator, used to train robot policies.",
        simple=("UniSim asks: what if a video model answered 'what happens if I do this?' for the real world? It "
                "stitches together image, robot, navigation and human-activity datasets so that one video diffusion "
                "model predicts the next frames from past frames plus an action — a sentence like 'open the drawer' "
                "or a low-level motion. Planners and RL policies trained purely inside it transferred to real robots "
                "zero-shot."),
        mapping="past frames + action (text or control) → video diffusion model → next frames → policy training inside it",
        math=r"o_t\sim p_\theta(o_t\mid o_{t-1},a_{t-1}),\quad \mathcal{L}=\mathbb{E}\big\|\epsilon-\epsilon_\theta\big(\sqrt{\bar\alpha_k}\,o_t+\sqrt{1-\bar\alpha_k}\,\epsilon,\;o_{t-1},a_{t-1},k\big)\big\|^2",
        when="When you want a learned simulator of real-world interaction to train or test policies, not just pretty video.",
        pros=["One model handles language actions and low-level controls", "Policies trained only in the simulator transferred to real robots zero-shot", "ICLR 2024 oral; template for later robot world models"],
        cons=["Hinges on a carefully orchestrated multi-dataset mixture", "Slow diffusion rollouts limit RL sample throughput", "Needs action-labelled data (unlike Genie's latent actions)"],
        papers=["yang2024unisim"],
        sources=[("arXiv 2310.06114", "https://arxiv.org/abs/2310.06114"),
                 ("ar5iv HTML", "https://ar5iv.labs.arxiv.org/html/2310.06114")],
        checked="2026-12",
        learn=("UniSim — project page with interactive demo", "https://universal-simulator.github.io/unisim/")),

    dict(
        id="cosmos",
        name="NVIDIA Cosmos World Foundation Models",
        short="Cosmos WFM",
        aliases=["Cosmos", "Cosmos WFM", "Cosmos World Foundation Model"],
        family="VideoDiff",
        anim="denoise",
        date="2025-01",
        tagline="An open platform of world foundation models: curated video, tokenizers, diffusion and autoregressive WFMs to post-train.",
        simple=("Cosmos is NVIDIA's 'world model as infrastructure' bet. It curates a huge pile of video (20M hours "
                "of raw footage), ships video tokenizers, and pre-trains two kinds of world foundation models — "
                "diffusion ones on continuous tokens and autoregressive ones on discrete tokens. You then post-train "
                "them into your own simulator: camera control, robot manipulation, or driving."),
        mapping="curated video → Cosmos tokenizer → diffusion or autoregressive WFM → post-training (camera / robot / driving)",
        math=r"\mathcal{L}_{\text{diff}}=\mathbb{E}\,\lambda(\sigma)\big\|D_\theta(\mathbf{x}+\sigma\epsilon;\sigma,c)-\mathbf{x}\big\|^2\quad\text{or}\quad \mathcal{L}_{\text{AR}}=-{\textstyle\sum_i}\log p_\theta(z_i\mid z_{<i},c)",
        when="When you need an open, fine-tunable video world model for robotics or driving rather than a closed demo.",
        pros=["Open weights and code (NVIDIA Open Model License)", "Both diffusion and autoregressive WFMs, 4B–14B", "Post-training recipes for camera control, manipulation, driving"],
        cons=["Paper admits failures on complex physics and object permanence", "Pixel-level rollouts are slow to plan with (see V-JEPA 2 comparison)", "Heavy to pre-train; realistically you fine-tune NVIDIA's checkpoints"],
        papers=["nvidia2025cosmos"],
        sources=[("arXiv 2501.03575", "https://arxiv.org/abs/2501.03575"),
                 ("official code (Cosmos-Predict1)", "https://github.com/nvidia-cosmos/cosmos-predict1")],
        checked="2026-11",
        learn=("Cosmos-Predict1 — NVIDIA research page", "https://research.nvidia.com/labs/dir/cosmos-predict1")),

    dict(
        id="veo3",
        name="Veo 3 as a zero-shot learner & reasoner",
        short="Veo 3 zero-shot",
        family="VideoDiff",
        anim="denoise",
        date="2025-09",
        tagline="Prompt a video model with an image and an instruction; the video it dreams solves vision tasks it was never trained for.",
        simple=("Google DeepMind gave Veo 3 a picture plus an instruction ('draw the edges', 'solve the maze') and "
                "read the answer off the generated video. Without task-specific training it segments, detects edges, "
                "edits images, models buoyancy and gravity, and solves simple mazes frame by frame — "
                "'chain-of-frames' reasoning. The claim: video models are on the path LLMs took, towards general "
                "vision foundation models."),
        mapping="input image + text instruction → Veo 3 video generation → read answer from best/last frame → score",
        math=r"\mathbf{v}\sim p_\theta(\mathbf{v}\mid I_0,\text{prompt}),\quad \hat y=\mathrm{read}(\mathbf{v}_{\text{frame}}),\quad \text{pass@}k=\Pr\big[\exists\,j\le k:\hat y_j\ \text{correct}\big]",
        when="When asking whether a generative video model has learned general visual and physical knowledge, zero-shot.",
        pros=["18,384 videos over 62 qualitative and 7 quantitative tasks", "Large jump from Veo 2 to Veo 3 on edits, mazes, symmetry", "Reasoning emerges frame by frame, no fine-tuning"],
        cons=["Still below task-specific SOTA (edge detection 0.77 vs 0.90)", "Closed model behind an API, with an LLM prompt rewriter in the loop", "Generating video per query is costly"],
        papers=["wiedemer2025zeroshot"],
        sources=[("arXiv 2509.20328", "https://arxiv.org/abs/2509.20328")],
        checked="2026-11",
        learn=("Video models are zero-shot learners and reasoners — project page", "https://video-zero-shot.github.io/")),

    dict(
        id="wan",
        name="Wan 2.1 (open video foundation model)",
        short="Wan 2.1",
        family="VideoDiff",
        anim="denoise",
        date="2025-02",
        tagline="Alibaba's open flow-matching video DiT (1.3B and 14B) that became the default backbone for open video world models.",
        simple=("Wan is a fully open suite of video models from Alibaba: a causal 3D VAE squeezes video 4×8×8 times, "
                "and a diffusion transformer trained with rectified flow learns to push noise straight towards video, "
                "conditioned on text. The 1.3B model runs in about 8 GB of GPU memory, so labs everywhere fine-tune "
                "it into robot and game world models."),
        mapping="text / image → umT5 + Wan-VAE latents (4×8×8) → flow-matching DiT → decoded video",
        math=r"\mathbf{x}_t=t\,\mathbf{x}_1+(1-t)\,\mathbf{x}_0,\quad \mathbf{v}_t=\mathbf{x}_1-\mathbf{x}_0,\quad \mathcal{L}=\mathbb{E}\,\big\|u_\theta(\mathbf{x}_t,c_{\text{txt}},t)-\mathbf{v}_t\big\|^2",
        when="When you need a strong open video backbone to fine-tune into your own world model.",
        pros=["Fully open: code and 1.3B / 14B weights", "1.3B model needs only 8.19 GB VRAM", "Up to eight tasks incl. image-to-video and editing"],
        cons=["Text/image-conditioned, no action input out of the box", "Clips of a few seconds; long rollouts need extra work", "Physics still imperfect (Physics-IQ entries for Wan stay below 45%)"],
        papers=["wan2025open"],
        sources=[("arXiv 2503.20314", "https://arxiv.org/abs/2503.20314"),
                 ("ar5iv HTML", "https://ar5iv.labs.arxiv.org/html/2503.20314")],
        checked="2026-12",
        learn=("Wan2.1 — official repository", "https://github.com/Wan-Video/Wan2.1")),

    dict(
        id="movie-gen",
        name="Movie Gen (Meta)",
        short="Movie Gen",
        family="VideoDiff",
        anim="denoise",
        date="2024-10",
        tagline="A 30B flow-matching transformer for 16-second 1080p video with sound: the most detailed public recipe of a frontier video model.",
        simple=("Meta's Movie Gen is a 'cast' of models — video, audio, personalization, editing — and its long "
                "report is the clearest public account of how a frontier video generator is built. The video model is "
                "a 30B Llama-style transformer trained with flow matching on a temporal-autoencoder latent, with a "
                "context of 73K video tokens (16 seconds at 16 fps)."),
        mapping="text → temporal autoencoder latent → 30B transformer (flow matching) → spatial upsampler → 1080p video (+ audio model)",
        math=r"\mathbf{X}_t=t\,\mathbf{X}_1+\big(1-(1-\sigma_{\min})t\big)\mathbf{X}_0,\quad \mathcal{L}=\mathbb{E}\,\big\|u_\theta(\mathbf{X}_t,P,t)-\big(\mathbf{X}_1-(1-\sigma_{\min})\mathbf{X}_0\big)\big\|^2",
        when="When you want to learn how frontier text-to-video is engineered end to end (data, scaling, inference).",
        pros=["30B transformer, 73K-token context = 16 s at 16 fps", "Flow matching + plain transformer: simple, scalable recipe", "Movie Gen Bench prompts released for evaluation"],
        cons=["Weights not released", "No action conditioning: a generator, not an interactive simulator", "Clip length capped at 16 seconds"],
        papers=["polyak2024moviegen"],
        sources=[("arXiv 2410.13720", "https://arxiv.org/abs/2410.13720")],
        checked="2026-11",
        learn=("How Meta Movie Gen could usher in a new AI-enabled era — Meta AI blog", "https://ai.meta.com/blog/movie-gen-media-foundation-models-generative-ai-video/")),

    dict(
        id="svd",
        name="Stable Video Diffusion (SVD)",
        short="Stable Video Diff",
        family="VideoDiff",
        anim="denoise",
        date="2023-11",
        tagline="The open latent video diffusion model that robot world models and video-policy VLAs were fine-tuned from.",
        simple=("Stability AI took Stable Diffusion, inserted temporal layers, and showed that the data recipe "
                "matters most: image pretraining, then video pretraining on a large curated set, then fine-tuning on "
                "a small high-quality set. The open image-to-video checkpoint became the workhorse that many robot "
                "world models and video-prediction policies start from."),
        mapping="image (+ text) → SD latent → U-Net with temporal layers (EDM denoising) → short video clip",
        math=r"\mathcal{L}=\mathbb{E}\big[\lambda(\sigma)\,\|D_\theta(\mathbf{x}+\mathbf{n};\sigma,c)-\mathbf{x}\|^2\big],\quad D_\theta=c_{\text{skip}}\,\mathbf{x}_\sigma+c_{\text{out}}\,F_\theta\big(c_{\text{in}}\mathbf{x}_\sigma;\,c_{\text{noise}}(\sigma)\big)",
        when="When you need an open, well-understood image-to-video prior to fine-tune on robot or game video.",
        pros=["Open weights and code", "Three-stage recipe with systematic data curation", "Strong motion prior reused by video-policy VLAs (e.g. VPP)"],
        cons=["Short clips (tens of frames)", "Sometimes generates too little motion", "Physics-IQ score only 14.8% (i2v)"],
        papers=["blattmann2023svd"],
        sources=[("arXiv 2311.15127", "https://arxiv.org/abs/2311.15127")],
        checked="2026-11",
        learn=("Stability-AI generative-models — official code", "https://github.com/Stability-AI/generative-models")),

    dict(
        id="cosmos-predict25",
        name="Cosmos-Predict2.5 (NVIDIA)",
        short="Cosmos-Predict2.5",
        family="VideoDiff",
        anim="denoise",
        date="2025-10",
        tagline="NVIDIA's next Cosmos world model: one flow-matching model for text-, image- and video-to-world, with robot and driving variants.",
        simple=("Cosmos-Predict1 shipped separate models for different kinds of input. Cosmos-Predict2.5 folds "
                "Text2World, Image2World and Video2World into a single flow-based video model and uses "
                "Cosmos-Reason1, a physical-AI vision-language model, as its text encoder. NVIDIA releases open "
                "checkpoints plus post-trained variants — a 7-camera driving model and an action-conditioned robot "
                "model — meant as starting points for your own simulator."),
        mapping="text / image / video prompt (Cosmos-Reason1 text encoder) → video latents → flow-matching transformer → future video; post-train for robot actions or multi-camera driving",
        math=r"\mathcal{L}=\mathbb{E}_{t,\epsilon}\big\|v_\theta(x_t,t\mid c)-(\epsilon-x_0)\big\|^2,\quad x_t=(1-t)\,x_0+t\,\epsilon,\quad c=\big(\text{Cosmos-Reason1 text embedding},\ \text{conditioning frames}\big)",
        when="As an open base model to post-train into a robot, driving or synthetic-data world simulator.",
        pros=["One model covers Text2World, Image2World and Video2World", "Open code (Apache 2.0) and open weights (NVIDIA Open Model License)", "Official post-trained variants: 7-camera driving and action-conditioned robot"],
        cons=["Generates pixels: planning through it is slow compared with latent models", "Robot or driving use still needs post-training on your own data", "Physics is learned from video statistics, not guaranteed"],
        papers=["nvidia2025cosmospredict25"],
        sources=[("arXiv 2511.00062", "https://arxiv.org/abs/2511.00062")],
        checked="2026-12",
        learn=("Cosmos-Predict2.5 — official repo", "https://github.com/nvidia-cosmos/cosmos-predict2.5")),

    dict(
        id="imagen-video",
        name="Imagen Video (Google)",
        short="Imagen Video",
        family="VideoDiff",
        anim="denoise",
        date="2022-10",
        tagline="VDM scaled into HD text-to-video: a base video diffusion model plus a cascade of spatial and temporal super-resolution diffusion models.",
        simple=("Imagen Video turns the VDM recipe into a text-to-video system. A frozen T5 text encoder conditions a "
                "base video diffusion model, and a chain of interleaved spatial and temporal super-resolution "
                "diffusion models raises resolution and frame rate. It uses the v-parameterisation, classifier-free "
                "guidance and progressive distillation for faster sampling, and shows world knowledge such as "
                "3D object understanding and text animation in many styles."),
        mapping="text → frozen T5 encoder → base video diffusion model → interleaved spatial / temporal super-resolution diffusion models → HD video",
        math=r"\mathbf{v}_t=\alpha_t\boldsymbol{\epsilon}-\sigma_t\mathbf{x},\quad \mathcal{L}=\mathbb{E}\big\|\hat{\mathbf{v}}_\theta(\mathbf{z}_t,c)-\mathbf{v}_t\big\|_2^2,\qquad \tilde{\mathbf{v}}=(1+w)\,\hat{\mathbf{v}}_\theta(\mathbf{z}_t,c)-w\,\hat{\mathbf{v}}_\theta(\mathbf{z}_t)",
        when="To see how cascaded diffusion turned VDM's short low-resolution clips into high-definition text-to-video.",
        pros=["High-definition text-to-video from a cascade of diffusion models", "v-parameterisation and progressive distillation with guidance make sampling fast", "High controllability and world knowledge (styles, 3D object understanding)"],
        cons=["Never released", "Keyframes plus temporal super-resolution make globally coherent motion hard (Lumiere's critique)", "Text-conditioned only: no actions"],
        papers=["ho2022imagenvideo"],
        sources=[("arXiv 2210.02303", "https://arxiv.org/abs/2210.02303")],
        checked="2026-11",
        learn=("Imagen Video — official samples page", "https://imagen.research.google/video/")),

    dict(
        id="lumiere",
        name="Lumiere (Space-Time U-Net)",
        short="Lumiere",
        family="VideoDiff",
        anim="denoise",
        date="2024-01",
        tagline="Generate the whole clip in one pass with a Space-Time U-Net that downsamples in time as well as space — no keyframes plus temporal super-resolution.",
        simple=("Cascades such as Imagen Video first generate distant keyframes and then fill the gaps with temporal "
                "super-resolution, which makes globally coherent motion hard. Lumiere's Space-Time U-Net down- and "
                "up-samples the video in both space and time, so a single pass produces the full-frame-rate, "
                "low-resolution clip; it is built on a pre-trained text-to-image diffusion model, and a spatial "
                "super-resolution stage then upsamples the result. The same model handles image-to-video, video "
                "inpainting and stylised generation."),
        mapping="text (+ image) → pre-trained text-to-image diffusion inflated into a Space-Time U-Net → whole clip at coarse space-time scales → full-frame-rate low-res video → spatial super-resolution",
        math=r"\min_\theta\;\mathbb{E}_{t,\boldsymbol\epsilon}\,w(t)\,\big\|\hat{\mathbf{x}}_\theta\big(\mathbf{x}^{1:N}_t,t,c\big)-\mathbf{x}^{1:N}\big\|_2^2,\qquad \hat{\mathbf{x}}_\theta=\mathrm{STUNet}\ (\text{down/up-sampling along } H,\,W \text{ and time } N)",
        when="When motion coherence across the whole clip matters more than resolution.",
        pros=["Globally coherent motion by denoising all frames jointly", "One model also does image-to-video, inpainting and stylisation", "Reuses a pre-trained text-to-image model"],
        cons=["Not released: no public weights or code", "Base output is low resolution with a fixed clip length", "Text/image-conditioned, no action input"],
        papers=["bartal2024lumiere"],
        sources=[("arXiv 2401.12945", "https://arxiv.org/abs/2401.12945"),
                 ("arXiv HTML v2", "https://arxiv.org/html/2401.12945v2")],
        checked="2026-11",
        learn=("Lumiere — project page", "https://lumiere-video.github.io/")),

    dict(
        id="cogvideox",
        name="CogVideoX (Zhipu AI / Tsinghua)",
        short="CogVideoX",
        family="VideoDiff",
        anim="denoise",
        date="2024-08",
        tagline="An open diffusion transformer with a 3D causal VAE and expert adaptive LayerNorm: 10-second, 16 fps text-to-video at 768×1360.",
        simple=("CogVideoX compresses video in space and time with a 3D VAE, then lets text and video tokens share "
                "one full-attention transformer, with a separate 'expert' adaptive LayerNorm per modality so the two "
                "fuse deeply. Progressive training and multi-resolution frame packing give long clips with large "
                "motion, and a video-captioning pipeline improves text alignment. The VAE, the captioning model and "
                "CogVideoX itself are open."),
        mapping="text → T5 tokens; video → 3D causal VAE latents → expert transformer (full 3D attention, expert AdaLN) → denoised latents → decoded video",
        math=r"\mathcal{L}=\mathbb{E}_{t,\boldsymbol\epsilon}\big\|\mathbf{v}_t-\hat{\mathbf{v}}_\theta(\mathbf{z}_t,t,c_{\text{text}})\big\|_2^2,\quad \mathbf{v}_t=\alpha_t\boldsymbol\epsilon-\sigma_t\mathbf{z}_0,\quad \mathbf{z}_0=\mathcal{E}_{\text{3D VAE}}(\text{video})",
        when="When you need an open text-to-video backbone with strong motion to fine-tune.",
        pros=["Open weights for the 3D causal VAE, the video captioner and CogVideoX", "10-second continuous videos at 16 fps and 768×1360", "Published at ICLR 2025 with a full training recipe"],
        cons=["No action conditioning out of the box", "Bidirectional attention: every frame waits for the whole clip (the latency CausVid removes)", "Physics learned only from video statistics"],
        papers=["yang2025cogvideox"],
        sources=[("arXiv 2408.06072", "https://arxiv.org/abs/2408.06072"),
                 ("ICLR 2025 paper (OpenReview)", "https://openreview.net/forum?id=LQzN6TRFg9")],
        checked="2026-12",
        learn=("CogVideo / CogVideoX — official repository", "https://github.com/THUDM/CogVideo")),

    dict(
        id="hunyuanvideo",
        name="HunyuanVideo (Tencent)",
        short="HunyuanVideo",
        family="VideoDiff",
        anim="denoise",
        date="2024-12",
        tagline="A 13B-parameter open video foundation model — causal 3D VAE, multimodal-LLM text encoder, flow matching — later the base of game world models.",
        simple=("HunyuanVideo trains a diffusion transformer with over 13 billion parameters on latents from a causal "
                "3D VAE, encodes prompts with a multimodal LLM, and learns with a rectified-flow (flow-matching) "
                "objective on images and videos jointly. Tencent released code and weights; in the authors' "
                "professional human evaluation it beat Runway Gen-3, Luma 1.6 and three leading Chinese video models. "
                "Interactive world models such as Matrix-Game and Hunyuan-GameCraft start from it."),
        mapping="text → multimodal-LLM text encoder → causal 3D VAE latents → 13B dual-/single-stream DiT (flow matching) → decoded video",
        math=r"\mathbf{x}_t=t\,\mathbf{x}_1+(1-t)\,\mathbf{x}_0,\quad \mathbf{x}_0\sim\mathcal{N}(0,I),\ \mathbf{x}_1=\text{video latent},\qquad \mathcal{L}=\mathbb{E}\big\|u_\theta(\mathbf{x}_t,t,c)-(\mathbf{x}_1-\mathbf{x}_0)\big\|_2^2",
        when="When you need a large open video prior to turn into an interactive or action-conditioned world model.",
        pros=["Open code and weights; over 13B parameters, the largest open video model at release", "Beat Runway Gen-3 and Luma 1.6 in the authors' professional human evaluation", "Backbone of open interactive world models (Matrix-Game, Hunyuan-GameCraft)"],
        cons=["Heavy: a 720p, 129-frame clip with 50 steps took about 32 min on one GPU, 5.6 min on eight (repository table)", "Text/image-conditioned, no actions", "Evaluated mainly by in-house human raters"],
        papers=["kong2024hunyuanvideo"],
        sources=[("arXiv 2412.03603", "https://arxiv.org/abs/2412.03603"),
                 ("project page", "https://aivideo.hunyuan.tencent.com"),
                 ("model weights (Hugging Face)", "https://huggingface.co/tencent/HunyuanVideo")],
        checked="2026-12",
        learn=("HunyuanVideo — official repository", "https://github.com/Tencent/HunyuanVideo")),

    dict(
        id="diffusion-forcing",
        name="Diffusion Forcing",
        short="Diffusion Forcing",
        family="VideoDiff",
        anim="denoise",
        anim_params=dict(frames="causal"),
        date="2024-07",
        tagline="Train a causal sequence model to denoise tokens that each carry their own noise level — next-token prediction and full-sequence diffusion in one.",
        simple=("Teacher forcing predicts the next token from a clean past; full-sequence diffusion denoises a whole "
                "clip at one shared noise level. Diffusion Forcing gives every token (for video, every frame) an "
                "independent noise level and trains a causal model to denoise them. At sampling time the past can be "
                "kept slightly noisy, video can be rolled out past the training horizon without diverging, and whole "
                "future trajectories can be guided toward high reward — useful for planning. The objective is a "
                "variational bound on the likelihood of all subsequences."),
        mapping="sequence of frames → independent noise level per frame → causal denoiser (RNN or masked transformer) → rollout with a per-frame noise schedule → guided planning",
        math=r"\mathcal{L}=\mathbb{E}_{k_{1:T},\,\boldsymbol\epsilon_{1:T}}\sum_{t=1}^{T}\big\|\boldsymbol\epsilon_t-\boldsymbol\epsilon_\theta\big(\mathbf{z}_{t-1},\mathbf{x}_t^{k_t},k_t\big)\big\|_2^2,\qquad \mathbf{z}_t=f_\theta\big(\mathbf{z}_{t-1},\mathbf{x}_t^{k_t},k_t\big),\ \ k_t\ \text{independent per frame}",
        when="Autoregressive video or trajectory generation that must stay stable beyond the training horizon, or be steered toward goals.",
        pros=["Rolls video out past the training horizon where baselines diverge", "New sampling and guidance schemes improve decision-making and planning", "Proven to optimise a variational lower bound on all subsequences"],
        cons=["Shown on small-scale video and planning benchmarks", "Per-frame noise schedules at sampling time are a new design knob", "Many denoising steps per frame unless distilled (later CausVid, Self Forcing)"],
        papers=["chen2024diffusionforcing"],
        sources=[("arXiv 2407.01392", "https://arxiv.org/abs/2407.01392"),
                 ("official code", "https://github.com/buoyancy99/diffusion-forcing")],
        checked="2026-11",
        learn=("Diffusion Forcing — project page", "https://boyuan.space/diffusion-forcing/")),

    dict(
        id="open-sora",
        name="Open-Sora (HPC-AI Tech)",
        short="Open-Sora",
        family="VideoDiff",
        anim="denoise",
        date="2024-03",
        tagline="An open effort to rebuild Sora-style video generation: data pipeline, spatial–temporal DiT, training recipe and weights, all released.",
        simple=("After OpenAI's Sora report, HPC-AI Tech set out to build such a system in the open. Open-Sora 1.0 "
                "(March 2024) released the whole pipeline — video preprocessing and captioning tools, a "
                "spatial–temporal diffusion transformer (STDiT) partly initialised from PixArt-α, accelerated "
                "training and weights — producing 2-second 512×512 clips. Later versions added any resolution, "
                "aspect ratio and duration, image-to-video and video editing."),
        mapping="raw videos → scene cutting, filtering, captioning → VAE latents → STDiT (spatial attention, then temporal attention, T5 text cross-attention) → decoded video",
        math=r"\mathcal{L}=\mathbb{E}_{t,\boldsymbol\epsilon}\big\|\boldsymbol\epsilon-\boldsymbol\epsilon_\theta(\mathbf{z}_t,t,c)\big\|_2^2,\qquad \boldsymbol\epsilon_\theta=\text{STDiT: spatial self-attn}\to\text{temporal self-attn}\to\text{cross-attn}(c)",
        when="When you want to study or retrain a complete open text-to-video pipeline, data tools included.",
        pros=["Everything open: data tools, code, weights and reports", "Open-Sora 1.0: a 724M-parameter STDiT trained on about 400K clips in about 200 H800 GPU-days", "v1.1 already covered 2–15 s clips from 144p to 720p at any aspect ratio"],
        cons=["Early versions had poor quality and text alignment, especially for people (the authors' own warning)", "A generator, not action-conditioned", "Sora itself is undisclosed, so 'reproduction' means a similar architecture, not matched behaviour"],
        papers=["zheng2024opensora"],
        sources=[("arXiv 2412.20404", "https://arxiv.org/abs/2412.20404"),
                 ("Open-Sora 2.0 report, arXiv 2503.09642", "https://arxiv.org/abs/2503.09642v1")],
        checked="2026-12",
        learn=("Open-Sora — official repository", "https://github.com/hpcaitech/Open-Sora")),

    dict(
        id="skyreels-v2",
        name="SkyReels-V2 (Skywork)",
        short="SkyReels-V2",
        family="VideoDiff",
        anim="denoise",
        anim_params=dict(frames="causal"),
        date="2025-04",
        tagline="An open video model fine-tuned into a Diffusion Forcing Transformer that extends clips indefinitely from the last frames — later the base of Matrix-Game 2.0.",
        simple=("SkyReels-V2 combines a shot-aware video captioner, multi-stage pretraining, reinforcement learning "
                "(DPO with a learned motion-quality reward) and Diffusion Forcing. Because full-sequence diffusion is "
                "the special case of Diffusion Forcing in which every frame has the same noise level, the pretrained "
                "model can be fine-tuned into a Diffusion Forcing Transformer that keeps generating new segments "
                "conditioned on the last frames of the previous one — 'infinite-length' video. Weights of 1.3B and 14B "
                "models are open."),
        mapping="curated video + SkyCaptioner shot-aware captions → flow-matching pretraining → DPO for motion quality → Diffusion Forcing fine-tuning (per-frame noise levels) → segment-by-segment long video",
        math=r"\mathcal{L}=\mathbb{E}_{k_{1:T}}\sum_{t=1}^{T}\big\|u_\theta\big(\mathbf{x}^{k_{1:T}}_{1:T},k_{1:T},c\big)_t-\big(\mathbf{x}_{1,t}-\mathbf{x}_{0,t}\big)\big\|_2^2,\qquad k_t\ \text{independent per frame};\ \ k_1=\dots=k_T\ \text{recovers full-sequence flow matching}",
        when="When you need an open long-video generator, or a causal base to turn into an interactive world model.",
        pros=["Open 1.3B and 14B weights for text-to-video, image-to-video and Diffusion Forcing models", "VBench total 83.9%, above HunyuanVideo-13B, Wan2.1-14B, CogVideoX1.5 and Open-Sora 2.0 in its own comparison", "Long videos by extending from the last frames of the previous segment"],
        cons=["The authors note large, deformable motions and physics violations as the main weaknesses", "Text/image-conditioned: actions came only with Matrix-Game 2.0", "Several announced models (5B, camera director) were not released at launch"],
        papers=["chen2025skyreelsv2"],
        sources=[("arXiv 2504.13074", "https://arxiv.org/abs/2504.13074")],
        checked="2026-12",
        learn=("SkyReels-V2 — official repository", "https://github.com/SkyworkAI/SkyReels-V2")),


    # ---- VideoDiff: added 2026-12 ----

    dict(
        id="make-a-video",
        name="Make-A-Video (Meta, text-to-video without text-video data)",
        short="Make-A-Video",
        family="VideoDiff",
        anim="denoise",
        date="2022-09",
        added="2026-12",
        tagline="Learn what the world looks like from text-image pairs and how it moves from unlabeled video; extend a text-to-image diffusion model in time.",
        simple="Paired text-video data is scarce, but text-image pairs and unlabeled videos are plentiful. Make-A-Video starts from a text-to-image diffusion model, which already knows what things look like and how they are described, and adds temporal layers trained on unlabeled video to learn how things move: the full space-time U-Net and attention are approximated by separate spatial and temporal parts. A pipeline of a video decoder, a frame-interpolation model and two super-resolution models then raises frame rate and resolution. It needs no paired text-video data.",
        mapping="text → text-to-image diffusion backbone + new temporal layers (learned from unlabeled video) → low-res key frames → frame interpolation → two super-resolution models → video",
        math=r"\mathrm{Conv}_{\text{P3D}}(h)=\mathrm{Conv}_{1D}^{\,t}\big(\mathrm{Conv}_{2D}^{\,x,y}(h)\big),\quad \mathrm{Attn}_{\text{P3D}}(h)=\mathrm{Attn}_{1D}^{\,t}\big(\mathrm{Attn}_{2D}^{\,x,y}(h)\big);\qquad \hat y=\mathrm{SR}_h\circ\mathrm{SR}_l\circ\mathrm{Interp}_F\circ D\,(c_{\text{text}})",
        when="Text-to-video when paired captions for videos are scarce but a strong text-to-image model exists.",
        pros=["No paired text-video data needed: appearance from text-image pairs, motion from unlabeled video", "Reuses a pretrained text-to-image model, so visual and multimodal representations need not be learned from scratch", "Set a new text-to-video state of the art at release; outperforms CogVideo on MSR-VTT in Chinese and English"],
        cons=["Text and motion are linked only indirectly: motion comes from unlabeled video, captions from images", "Relies on large extra pretraining (MAGVIT notes 10M extra videos with a text-image prior), costly to reproduce", "Cascade of several models (decoder, interpolation, two super-resolution stages) is heavy to run"],
        papers=["singer2023makeavideo"],
        sources=[("arXiv 2209.14792 (abstract; v1 29 Sep 2022)", "https://arxiv.org/abs/2209.14792"),
                 ("ICLR 2023 OpenReview", "https://openreview.net/forum?id=nJfylDvgzlq"),
                 ("MAGVIT paper Table 1 and Sec. 4.2 (Make-A-Video on UCF-101)", "https://arxiv.org/abs/2212.05199")],
        checked="2026-12",
        learn=("Make-A-Video — project page", "https://make-a-video.github.io/")),

    dict(
        id="pyramid-flow",
        name="Pyramid Flow (pyramidal flow matching, autoregressive video)",
        short="Pyramid Flow",
        family="VideoDiff",
        anim="denoise",
        anim_params={'frames': 'causal'},
        date="2024-10",
        added="2026-12",
        aliases=["Pyramidal Flow Matching"],
        tagline="One DiT that denoises video through a pyramid of resolutions and conditions each new frame on a compressed, low-res history.",
        simple="Video diffusion models usually denoise at full resolution even while the latent is almost pure noise. Pyramid Flow splits the denoising trajectory into stages of increasing resolution; flow matching interpolates between a lower-resolution noisier latent and a higher-resolution cleaner one, and the stages are linked so the flow stays continuous. Only the last stage runs at full resolution. Video is generated autoregressively, and the history is passed through a temporal pyramid: older frames are kept at lower resolution. One Diffusion Transformer is trained end to end, using only open-source data.",
        mapping="video latents → spatial pyramid of denoising stages, from low-res noisy to full-res clean → flow matching within each stage → autoregressive frames conditioned on a temporal pyramid of compressed history → single DiT",
        math=r"\hat{\mathbf x}_t=t\,\hat{\mathbf x}_{e_k}+(1-t)\,\hat{\mathbf x}_{s_k}\ \ (\text{stage }k),\qquad \mathcal{L}=\mathbb{E}_{k,t}\big\lVert v_\theta\big(\hat{\mathbf x}_t,t;\ \mathrm{Down}(\mathbf x^{<i})\big)-\big(\hat{\mathbf x}_{e_k}-\hat{\mathbf x}_{s_k}\big)\big\rVert^2",
        when="When training budget is limited and you want one end-to-end autoregressive video model instead of a cascade of super-resolution stages.",
        pros=['High-quality 10-second videos at 768p and 24 FPS "within 20.7k A100 GPU training hours" (README)', "Trained only on open-source datasets; code and checkpoints released", "Autoregressive design supports text-conditioned image-to-video natively"],
        cons=["Clips up to about 10 seconds; the README notes autoregressive degradation, traded off through the video guidance scale", "Text/image-conditioned only: no action input", "The first release used an SD3-based structure; human-structure issues led to a switch to a mini-FLUX model (README)"],
        papers=["jin2025pyramidflow"],
        sources=[("official README (technical report 10 Oct 2024, BibTeX, VBench and user-study notes)", "https://github.com/jy0205/Pyramid-Flow"),
                 ("arXiv 2410.05954 abstract (hyper.ai copy) and ICLR 2025 decision (tomesphere)", "https://arxiv.org/abs/2410.05954")],
        checked="2026-12",
        learn=("Pyramid Flow — project page", "https://pyramid-flow.github.io")),

    dict(
        id="ltx-video",
        name="LTX-Video (Lightricks, real-time latent video diffusion)",
        short="LTX-Video",
        family="VideoDiff",
        anim="denoise",
        date="2024-11",
        added="2026-12",
        aliases=["LTXV"],
        tagline="An open DiT video model that renders video faster than real time by pushing patchification into a 1:192 Video-VAE.",
        simple="LTX-Video treats the Video-VAE and the denoising transformer as one system. The VAE compresses video by 1:192, with each token covering 32×32 pixels over 8 frames, because patchifying is moved from the transformer's input into the VAE. In that tiny latent space the transformer can afford full spatiotemporal attention. To recover fine detail, the VAE decoder also performs the last denoising step, directly in pixel space. One model does text-to-video and image-to-video.",
        mapping="video → Video-VAE (patchify inside, 1:192, 32×32×8 pixels per token) → DiT with full spatiotemporal attention denoises latents → VAE decoder does latent-to-pixel and the final denoising step → video",
        math=r"\mathbf z=\mathcal{E}(\mathbf x)\in\mathbb{R}^{\frac{T}{8}\times\frac{H}{32}\times\frac{W}{32}\times C},\quad \mathbf z_t=(1-t)\,\mathbf z+t\,\boldsymbol\epsilon,\ \ \mathcal{L}=\mathbb{E}_{t}\big\lVert v_\theta(\mathbf z_t,t,y)-(\boldsymbol\epsilon-\mathbf z)\big\rVert^2\ \text{(rectified flow)},\quad \hat{\mathbf x}=\mathcal{D}_\psi(\hat{\mathbf z}_{t_{\min}},t_{\min})\ \text{(decoder performs the last denoising step)}",
        when="When generation speed matters (rapid iteration, interactive tools) and an open, fast video prior is needed.",
        pros=['"5 seconds of 24 fps video at 768×512 resolution in just 2 seconds on an Nvidia H100 GPU" (abstract)', "Open code and weights (2B and later 13B models with distilled variants)", "Text-to-video and image-to-video trained together in one model"],
        cons=["The 1:192 compression limits fine detail, which the decoder's final denoising step must recover", "A general video generator: no action conditioning; World-in-World tests it as a world model", "The paper's headline setting is short clips: 5 s of 768×512 video"],
        papers=["hacohen2024ltxvideo"],
        sources=[("arXiv 2501.00103 (HTML v1: authors, abstract)", "https://arxiv.org/html/2501.00103v1"),
                 ("official README (initial release 21 Nov 2024, paper 31 Dec 2024, BibTeX, model list) and ltx_video/schedulers/rf.py (rectified flow)", "https://github.com/Lightricks/LTX-Video")],
        checked="2026-12",
        learn=("LTX-Video — official code and models", "https://github.com/Lightricks/LTX-Video")),

    dict(
        id="cosmos-transfer1",
        name="Cosmos-Transfer1 (NVIDIA, controllable world-to-world transfer)",
        short="Cosmos-Transfer1",
        family="VideoDiff",
        anim="denoise",
        date="2025-03",
        added="2026-12",
        aliases=["Cosmos-Transfer", "Cosmos Transfer"],
        tagline="A Cosmos world model with ControlNet branches: turn segmentation, depth, edge, LiDAR or HD-map videos into photoreal worlds.",
        simple="Simulators give perfect structure (depth, segmentation, maps) but unrealistic pixels. Cosmos-Transfer1 adds control branches to a Cosmos diffusion world model, one per input modality, and mixes their outputs back into the main generation branch with a spatiotemporal control map, so each region and moment can rely on the most useful modality. The result is controllable world generation, or 'world-to-world transfer', used for sim-to-real in robotics and data augmentation for autonomous driving.",
        mapping="simulator / sensor videos (segmentation, depth, edge, blur, LiDAR, HD map) + text → per-modality control branches → weighted by a spatiotemporal control map → Cosmos diffusion main branch → photoreal video",
        math=r"\mathbf h^{(l)}\leftarrow\mathbf h^{(l)}+\sum_{i=1}^{N}\mathbf w_i(x,y,t)\odot\mathcal{C}^{(l)}_i(\mathbf c_i),\qquad \mathcal{L}=\mathbb{E}_{\sigma,\boldsymbol\epsilon}\big\lVert D_\theta\big(\mathbf x+\sigma\boldsymbol\epsilon;\,\sigma,\mathbf c_{1:N},y\big)-\mathbf x\big\rVert^2",
        when="When you have structure from a simulator or sensors and need realistic, controllable video for sim-to-real training data.",
        pros=["Several control modalities at once, weighted differently across space and time", "Driving variant conditions on LiDAR and HD maps; Cosmos-Drive-Dreams builds its synthetic-data pipeline on it", "Open code and weights; an edge-control distilled model generates in a single diffusion step instead of 36 (README)"],
        cons=["Needs structured control videos (from a simulator or estimators) as input", "Model weights are released under the NVIDIA Open Model License (the code is Apache 2.0), not a standard open-source licence", "The repository is no longer under active development; NVIDIA points users to Cosmos 3"],
        papers=["nvidia2025cosmostransfer1"],
        sources=[("official README (branches, control modalities, news, licence)", "https://github.com/nvidia-cosmos/cosmos-transfer1"),
                 ("arXiv 2503.14492 (abstract and figure 2 via liner / emergentmind summaries; author order from reference lists)", "https://arxiv.org/abs/2503.14492"),
                 ("NVIDIA Cosmos docs: introduction", "https://docs.nvidia.com/cosmos/1.1.0/introduction.html")],
        checked="2026-12",
        learn=("Cosmos-Transfer1 — NVIDIA research page", "https://research.nvidia.com/labs/dir/cosmos-transfer1/")),

    dict(
        id="framepack",
        name="FramePack (frame context packing for next-frame video diffusion)",
        short="FramePack",
        family="VideoDiff",
        anim="denoise",
        anim_params={'frames': 'causal'},
        date="2025-04",
        added="2026-12",
        aliases=["FramePack-F1", "Packing Input Frame Contexts"],
        tagline="Next-frame-section video diffusion whose context is compressed to a constant length, so minute-long videos fit in 6 GB of GPU memory.",
        simple="FramePack generates a video section by section, each new section conditioned on the frames already made. To stop the context from growing with the video, it 'packs' past frames: the most recent frames keep many tokens, older frames are patchified with larger kernels and keep fewer, so the total context length stays bounded whatever the video length. Anti-drifting choices in the sampling order (the paper's 'drift prevention') limit error accumulation. The public model is built on HunyuanVideo (13B), and you see frames as soon as they are generated.",
        mapping="input image + prompt → past frames packed with importance-dependent patchify kernels (constant-length context) → HunyuanVideo-based DiT predicts the next frame section → anti-drifting sampling order → progressively longer video",
        math=r"\mathbf x_{\text{next}}\sim p_\theta\big(\cdot\mid \phi_0(F_{T}),\,\phi_1(F_{T-1}),\dots,\phi_{T}(F_{0})\big),\qquad |\phi_i(F)|=\frac{L_f}{\lambda^{i}}\ \Rightarrow\ \sum_{i}|\phi_i(F)|\le\frac{L_f}{1-1/\lambda}",
        when="When you need long image-to-video generation on consumer GPUs, or a constant-cost context for autoregressive video diffusion.",
        pros=['"To generate 1-minute video (60 seconds) at 30fps (1800 frames) using 13B model, the minimal required GPU memory is 6GB" (README)', "Generation cost does not grow with video length: the packed context has a constant length", "Next-frame-section generation gives visual feedback while the video is still being made"],
        cons=["Not real-time: about 2.5 s per frame unoptimised (1.5 s with TeaCache) on an RTX 4090 (README)", "Image-to-video with text, no action input: a long-video generator, not yet a controllable simulator", "Results are sensitive to small noise and hardware differences (README)"],
        papers=["zhang2025framepack"],
        sources=[("official README (NeurIPS 2025 BibTeX, arXiv 2504.12626, memory and speed figures)", "https://github.com/lllyasviel/FramePack"),
                 ("official code demo_gradio.py (HunyuanVideo transformer, VAE and text encoder)", "https://github.com/lllyasviel/FramePack/blob/main/demo_gradio.py")],
        checked="2026-12",
        learn=("FramePack — project page", "https://lllyasviel.github.io/frame_pack_gitpage/")),

    dict(
        id="magi-1",
        name="MAGI-1 (Sand AI, autoregressive video diffusion)",
        short="MAGI-1",
        family="VideoDiff",
        anim="denoise",
        anim_params={'frames': 'causal'},
        date="2025-04",
        added="2026-12",
        tagline="An open 24B 'world model' that denoises video chunk by chunk, each chunk noisier than the last, so video can stream.",
        simple="MAGI-1 splits a video into fixed-length chunks of 24 frames and generates them in order. During training each chunk gets a noise level that increases monotonically with time, so the model always denoises a later chunk while seeing cleaner earlier ones (block-causal attention). At inference the next chunk starts as soon as the current one is partly denoised, so up to four chunks are processed at once and video can be streamed. A shortcut-distilled velocity model supports different step budgets.",
        mapping="video → transformer VAE latents (8× space, 4× time) → chunks of 24 frames with monotonically increasing noise → block-causal DiT (flow matching) → pipelined chunk-by-chunk streaming",
        math=r"\mathbf{x}^{(i)}_{s_i}=s_i\,\mathbf{x}^{(i)}+(1-s_i)\,\boldsymbol\epsilon^{(i)},\quad s_1\ge s_2\ge\dots\ge s_K,\qquad \mathcal{L}=\mathbb{E}\sum_{i}\big\lVert v_\theta\big(\mathbf{x}^{(i)}_{s_i},s_i\mid \mathbf{x}^{(<i)}_{s_{<i}}\big)-\big(\mathbf{x}^{(i)}-\boldsymbol\epsilon^{(i)}\big)\big\rVert^2",
        when="When you need an open video model that extends a clip causally and can stream, e.g. video continuation or physics prediction.",
        pros=["Physics-IQ score 56.02 for Magi-24B in video-to-video mode vs 29.50 for VideoPoet (README table)", "Open weights at 24B and 4.5B, with distilled and fp8-quantised variants; Apache 2.0 code", "Causal chunk-by-chunk design supports streaming and video continuation natively"],
        cons=["The 24B model is listed for H100/H800 × 8 machines (README)", "Still far below ground truth on Physics-IQ (30.23 in I2V vs 100.0)", "Text/image/video-conditioned generator: no action input, not a playable simulator"],
        papers=["sandai2025magi1"],
        sources=[("official README (release 21 Apr 2025, BibTeX, Physics-IQ table)", "https://github.com/SandAI-org/MAGI-1"),
                 ("arXiv 2505.13211", "https://arxiv.org/abs/2505.13211")],
        checked="2026-12",
        learn=("MAGI-1 — official code, weights and technical report", "https://github.com/SandAI-org/MAGI-1")),

    # ---------------- Interactive ----------------

    dict(
        id="gamengen",
        name="GameNGen (DOOM in a diffusion model)",
        short="GameNGen",
        family="Interactive",
        anim="playloop",
        date="2024-08",
        tagline="A fine-tuned Stable Diffusion plays DOOM at 20 fps on one TPU: the first neural game engine people could actually play.",
        simple=("First an RL agent plays DOOM and every session is recorded. Then Stable Diffusion v1.4 is "
                "re-purposed to predict the next frame from the recent frames and key presses. The trick that keeps "
                "it from melting down: during training Gaussian noise is added to the encoded (latent) context frames, so the model "
                "learns to repair its own mistakes. People played it for minutes and raters could barely tell clips "
                "from the real game."),
        mapping="RL agent gameplay logs → past frames + key presses → conditioned latent diffusion → next frame, 20 fps",
        math=r"\mathcal{L}=\mathbb{E}_{t,\epsilon}\Big\|v(\epsilon,x_0,t)-v_\theta\big(x_t,t,\{\phi(\tilde o_{i<n})\},\{A(a_{i<n})\}\big)\Big\|^2,\quad \phi(\tilde o)=\phi(o)+\sigma\epsilon'\ (\text{noise added to the encoded context frames})",
        when="When you want a single existing game replaced by a learned, playable neural engine.",
        pros=["20 fps on a single TPU, stable over multi-minute play", "Next-frame PSNR 29.4; raters near chance at spotting fakes", "Noise augmentation of the latent context frames tames autoregressive drift"],
        cons=["One game only; needs an RL agent to generate training data", "Long-term consistency is weak", "Builds a replica of a known game, not new worlds"],
        papers=["valevski2025gamengen"],
        sources=[("arXiv 2408.14837", "https://arxiv.org/abs/2408.14837")],
        checked="2026-11",
        learn=("GameNGen — project page with gameplay videos", "https://gamengen.github.io/")),

    dict(
        id="diamond",
        name="DIAMOND (diffusion world model + CS:GO)",
        short="DIAMOND",
        family="Interactive",
        anim="dream",
        anim_params=dict(horizon=15, lam=0.95),
        date="2024-05",
        tagline="An RL agent trained entirely inside a pixel diffusion world model — best Atari-100k score for that setting — plus playable CS:GO.",
        simple=("Most world models squeeze frames into discrete tokens and lose small details that matter for play. "
                "DIAMOND keeps pixels: an EDM diffusion model predicts the next frame from past frames and actions in "
                "a few denoising steps, and an actor-critic learns entirely inside these dreams. It reached a mean "
                "human-normalized score of 1.46 on Atari 100k, and the same recipe trained on 87 hours of CS:GO "
                "became a playable neural game."),
        mapping="past frames + actions → EDM diffusion denoiser (few steps) → next frame → actor-critic trained in imagination",
        math=r"\mathcal{L}(\theta)=\mathbb{E}\Big[\big\|D_\theta\big(x^{\tau}_{t+1},\tau,\,x^0_{\le t},\,a_{\le t}\big)-x^0_{t+1}\big\|^2\Big]\quad(\text{EDM preconditioning})",
        when="When visual details decide the reward, and you want to train agents in a learned simulator.",
        pros=["Atari 100k mean HNS 1.46 — best for agents trained fully in a WM", "Pixel space keeps small task-relevant details", "Open code, agents and playable CS:GO world model"],
        cons=["Diffusion sampling costlier than token or RSSM models", "CS:GO model runs ~10 fps and drifts off the data", "Single-environment models, no open-world generality"],
        papers=["alonso2024diamond"],
        sources=[("arXiv 2405.12399", "https://arxiv.org/abs/2405.12399"),
                 ("official code", "https://github.com/eloialonso/diamond")],
        checked="2026-12",
        learn=("DIAMOND — project page (Atari + CS:GO)", "https://diamond-wm.github.io/")),

    dict(
        id="genie",
        name="Genie (Generative Interactive Environments)",
        short="Genie",
        family="Interactive",
        anim="playloop",
        date="2024-02",
        tagline="An 11B world model that learns playable controls from unlabelled internet video via a tiny vocabulary of latent actions.",
        simple=("Internet gameplay video has no record of which button was pressed. Genie learns the buttons anyway: "
                "a latent action model looks at two frames and must explain the change with one of only 8 codes. A "
                "video tokenizer and a MaskGIT dynamics model then predict the next frame's tokens given those codes. "
                "Trained on ~30k hours of 2D platformer videos, it turns any image — even a sketch — into a playable "
                "world."),
        mapping="unlabelled video → tokenizer + latent action model (8 codes) → MaskGIT dynamics → playable frames",
        math=r"\tilde a_t=\mathrm{VQ}\big(\mathrm{enc}(x_{\le t},x_{t+1})\big)\in\{1,\dots,8\},\quad \max_\theta\;{\textstyle\sum_t}\log p_\theta\big(z_{t+1}\mid z_{\le t},\tilde a_{\le t}\big)",
        when="When you have lots of video but no action labels and want a controllable simulator anyway.",
        pros=["No action labels needed; learns controls from video alone", "11B parameters; prompts from text, images, photos, sketches", "Latent actions let agents imitate behaviour from unseen videos"],
        cons=["Main model trained only on 2D platformer video", "Just 8 coarse latent actions, not real game controls", "Large model not released"],
        papers=["bruce2024genie"],
        sources=[("arXiv 2402.15391", "https://arxiv.org/abs/2402.15391")],
        checked="2026-11",
        learn=("Genie — project page with playable examples", "https://sites.google.com/view/genie-2024/")),

    dict(
        id="genie2",
        name="Genie 2 (3D foundation world model)",
        short="Genie 2",
        family="Interactive",
        anim="playloop",
        date="2024-12",
        tagline="From one prompt image to a playable 3D world driven by keyboard and mouse — consistent for up to about a minute.",
        simple=("Genie 2 moves from 2D platformers to rich 3D worlds. It is an autoregressive latent diffusion model: "
                "an autoencoder compresses frames, a large causal transformer predicts the next latent frame from "
                "past frames and the current action, and classifier-free guidance makes it obey the controls. It "
                "shows emergent object interactions, physics, lighting and memory of places briefly out of view, and "
                "DeepMind showed its SIMA agent following language instructions inside Genie 2 worlds."),
        mapping="prompt image → latent frames → causal transformer + diffusion (action CFG) → next frame per key press",
        math=r"\hat\epsilon=\epsilon_\theta(z^k_t,\varnothing;z_{<t})+w\,\big(\epsilon_\theta(z^k_t,a_t;z_{<t})-\epsilon_\theta(z^k_t,\varnothing;z_{<t})\big)",
        when="When you need an endless supply of new 3D environments to train or test embodied agents.",
        pros=["Any image (even a photo) becomes a playable 3D world", "Emergent physics, lighting, NPCs and object affordances", "SIMA agents followed instructions inside Genie 2 worlds"],
        cons=["Most demos last 10–20 s; consistency up to ~1 minute", "Not real time in its full-quality form", "Research preview only; no paper or weights"],
        papers=["parkerholder2024genie2"],
        sources=[("Google DeepMind blog", "https://deepmind.google/discover/blog/genie-2-a-large-scale-foundation-world-model/")],
        checked="2026-11",
        learn=("Genie 2 — DeepMind blog", "https://deepmind.google/discover/blog/genie-2-a-large-scale-foundation-world-model/")),

    dict(
        id="genie3",
        name="Genie 3 (real-time general world model)",
        short="Genie 3",
        aliases=["Genie3"],
        family="Interactive",
        anim="playloop",
        date="2025-08",
        tagline="Text prompt in, explorable world out: 720p at 24 fps in real time, consistent for a few minutes, with promptable world events.",
        simple=("Genie 3 is the first Genie you can explore live. Each frame is generated autoregressively while looking back over the whole trajectory so far, which is why places stay put when you walk away and return; DeepMind calls this consistency emergent, where NeRFs or Gaussian splats need an explicit 3D representation. You can also type 'world events' mid-session (change the weather, add a character) and the world reacts."),
        mapping="text prompt → autoregressive frame generation over full history → user action / text event → next frame (24 fps)",
        math=r"x_{t+1}\sim p_\theta\big(x\mid x_{\le t},\,a_{\le t},\,\text{prompt},\,\text{events}_{\le t}\big)",
        when="When you want open-ended, real-time, interactive worlds for agents or people from a text description.",
        pros=["Real time: 24 fps at 720p", "Consistency for a few minutes, emergent rather than built from an explicit 3D model", "Promptable world events change the world mid-play"],
        cons=["Limited research preview; method undisclosed", "Constrained action space; weak multi-agent interactions", "Sessions still limited to a few minutes"],
        papers=["deepmind2025genie3"],
        sources=[("Google DeepMind blog", "https://deepmind.google/discover/blog/genie-3-a-new-frontier-for-world-models/")],
        checked="2026-11",
        learn=("Genie 3 — DeepMind blog", "https://deepmind.google/discover/blog/genie-3-a-new-frontier-for-world-models/")),

    dict(
        id="oasis",
        name="Oasis (Decart & Etched)",
        short="Oasis",
        family="Interactive",
        anim="playloop",
        date="2024-10",
        tagline="A playable Minecraft-like world generated frame by frame by a transformer, in the browser, at 20 fps.",
        simple=("Oasis has no game code at all: a ViT autoencoder compresses frames and a diffusion transformer "
                "generates each new frame from the previous ones and your keyboard and mouse. The released model "
                "predicts the velocity v rather than the noise; it is trained with Diffusion Forcing (every frame gets its own noise level) and adds noise to its context at inference "
                "to stay stable. It is fun and fast — and forgets the landscape the moment you turn around."),
        mapping="keyboard/mouse + past latent frames → DiT with causal spatiotemporal attention → next frame (20 fps)",
        math=r"\mathcal{L}=\mathbb{E}_{k_{1:T}}\Big\|v_{1:T}-v_\theta\big(z_1^{k_1},\dots,z_T^{k_T};\,k_{1:T},\,a_{1:T}\big)\Big\|^2,\quad v_t=\sqrt{\bar\alpha_{k_t}}\,\epsilon_t-\sqrt{1-\bar\alpha_{k_t}}\,z_t\quad(\text{v-prediction, independent noise level per frame})",
        when="As the open, hands-on demo of real-time neural game engines and their memory problem.",
        pros=["Real-time play in the browser at 20 fps", "Open 500M-parameter weights and inference code", "Diffusion Forcing + dynamic noising keep long rollouts stable"],
        cons=["Poor long-term memory: the layout changes when you look away", "Hallucinated structures break game logic", "Trained on one game's footage"],
        papers=["decart2024oasis"],
        sources=[("Decart & Etched announcement page", "https://oasis-model.github.io/")],
        checked="2026-12",
        learn=("Open-Oasis — official inference code and 500M weights", "https://github.com/etched-ai/open-oasis")),

    dict(
        id="muse-wham",
        name="Muse / WHAM (Microsoft, Nature 2025)",
        short="Muse (WHAM)",
        family="Interactive",
        anim="tokenfilm",
        date="2025-02",
        tagline="A GPT-style model of a whole video game that predicts both the next frame and the next player action, built for game designers.",
        simple=("WHAM turns gameplay into one long token sequence: a VQ-GAN turns each frame into tokens, and a "
                "decoder-only transformer predicts what comes next — screen tokens and controller actions "
                "interleaved. So it can act as a world model (actions in, visuals out), as a player (visuals in, "
                "actions out), or both. Trained on about seven years of Bleeding Edge play; its successor WHAMM made "
                "it playable in real time."),
        mapping="gameplay frames → VQ-GAN tokens, interleaved with controller actions → next-token transformer → visuals and/or actions",
        math=r"\max_\theta\sum_t\Big[{\textstyle\sum_i}\log p_\theta\big(z_{t,i}\mid z_{t,<i},\,h_{<t}\big)+\log p_\theta\big(a_t\mid z_t,\,h_{<t}\big)\Big],\quad h_{<t}=(z,a)_{<t}",
        when="When the goal is creative iteration on a specific game (consistency, diversity, persistence of edits).",
        pros=["Open weights (200M and 1.6B) and sample data", "One model is both world model and human-like player", "WHAMM: 10+ fps, 640×360, from one week of Quake II data"],
        cons=["WHAM-1.6B: ~1 frame/s at 300×180 — not real time", "Single game; out-of-domain prompts dissolve into blobs", "Huge data need (~7 years of gameplay for WHAM)"],
        papers=["kanervisto2025wham", "microsoft2025whamm"],
        sources=[("Nature 2025 paper", "https://doi.org/10.1038/s41586-025-08600-3"),
                 ("model card (Hugging Face)", "https://huggingface.co/microsoft/wham"),
                 ("Microsoft Research article on WHAMM", "https://www.microsoft.com/en-us/research/articles/whamm-real-time-world-modelling-of-interactive-environments/")],
        checked="2026-12",
        learn=("Introducing Muse — Microsoft Research blog", "https://www.microsoft.com/en-us/research/blog/introducing-muse-our-first-generative-ai-model-designed-for-gameplay-ideation/")),

    dict(
        id="matrix-game",
        name="Matrix-Game 1.0 / 2.0 (Skywork)",
        short="Matrix-Game",
        family="Interactive",
        anim="playloop",
        date="2025-06",
        tagline="Open interactive world models: a 17B image-to-world DiT, then a 1.8B few-step streaming model that plays at 25 fps.",
        simple=("Matrix-Game 1.0 pretrained a 17B diffusion transformer on unlabelled Minecraft video, then taught it "
                "mouse and keyboard control on action-labelled clips; it beat Oasis and MineWorld on its GameWorld "
                "benchmark. Matrix-Game 2.0 went for speed: a 1.8B causal model, distilled with Self-Forcing into a "
                "few-step autoregressive generator with a KV cache, streams minute-long interactive video at 25 fps."),
        mapping="reference image + mouse/keyboard → causal DiT with action injection → few-step distilled streaming → 25 fps video",
        math=r"\hat{x}_t=G_\theta^{(K)}\big(\epsilon_t;\,\mathrm{KV}(\hat{x}_{<t}),\,a_t\big),\quad \min_\theta\;D\big(p_{G_\theta}(\hat{x}_{1:T}\mid a_{1:T})\,\big\|\,p_{\text{teacher}}\big)\ \text{on self-generated rollouts}",
        when="When you want an open, real-time, action-controllable world model to build on.",
        pros=["Open weights and code (both versions)", "2.0: 25 fps streaming, minute-level videos", "1.0: keyboard accuracy 0.95 vs 0.77 (Oasis) on GameWorld Score"],
        cons=["Game-engine domains (Minecraft, Unreal, GTA5)", "No long-horizon memory in 2.0", "1.0 (17B, bidirectional, many steps) is not real time"],
        papers=["zhang2025matrixgame", "he2025matrixgame2"],
        sources=[("arXiv 2506.18701", "https://arxiv.org/abs/2506.18701"),
                 ("arXiv 2508.13009 (Matrix-Game 2.0)", "https://arxiv.org/abs/2508.13009"),
                 ("official code", "https://github.com/SkyworkAI/Matrix-Game"),
                 ("Matrix-Game 2.0 weights (Hugging Face)", "https://huggingface.co/Skywork/Matrix-Game-2.0")],
        checked="2026-12",
        learn=("Matrix-Game — project page", "https://matrix-game-homepage.github.io/")),

    dict(
        id="hy-worldplay",
        name="HY-World 1.5 (WorldPlay, Tencent)",
        short="WorldPlay",
        family="Interactive",
        anim="playloop",
        date="2025-12",
        tagline="Tencent's open real-time world model: keyboard and mouse drive a streaming video diffusion model that rebuilds its memory each step.",
        simple=("HunyuanWorld 1.0 built explorable 3D worlds, but offline. WorldPlay makes the world playable: from "
                "one image or text prompt it predicts the next chunk of 16 video frames from your keyboard and mouse "
                "actions. Before each chunk it reconstitutes a context memory from past chunks, keeping long-ago but "
                "geometrically important frames in view, so a place looks the same when you walk back to it. A "
                "memory-aware distillation, Context Forcing, makes it fast enough for real time."),
        mapping="image / text prompt + keyboard & mouse actions → reconstituted context memory from past chunks → streaming autoregressive video diffusion (16-frame chunks) → distilled real-time video",
        math=r"x_{k}\sim p_\theta\big(\cdot\mid\mathcal{M}_k(x_{<k}),\,a_k\big),\qquad \mathcal{L}_{\text{CF}}=D\Big(p_{\text{student}}\big(x_k\mid\mathcal{M}_k,a_k\big)\,\Big\|\,p_{\text{teacher}}\big(x_k\mid\mathcal{M}_k,a_k\big)\Big)\;(\text{same memory context for both})",
        when="Real-time, revisitable exploration of a generated world from a single image or prompt, with open weights.",
        pros=["Streams at 24 FPS while keeping long-term geometric consistency", "Best long-term reconstruction scores in the authors' comparison with Matrix-Game 2.0, GEN3C and others", "Open weights, including a distilled autoregressive model that needs only 4 denoising steps"],
        cons=["Actions are movement and camera controls, not rich object interaction", "Memory is rebuilt from past frames, not an explicit 3D map, so very long runs can still drift", "RL-post-trained checkpoints were not released at launch"],
        papers=["sun2025worldplay"],
        sources=[("arXiv 2512.14614", "https://arxiv.org/abs/2512.14614"),
                 ("HY-World 1.5 technical report", "https://3d-models.hunyuan.tencent.com/world/world1_5/HYWorld_1.5_Tech_Report.pdf")],
        checked="2026-12",
        learn=("HY-World 1.5 (WorldPlay) — official repo", "https://github.com/Tencent-Hunyuan/HY-WorldPlay")),

    dict(
        id="gamegan",
        name="GameGAN (NVIDIA)",
        short="GameGAN",
        family="Interactive",
        anim="playloop",
        date="2020-05",
        tagline="A GAN that learned to be Pac-Man by watching screens and key presses, with a memory module that keeps the map consistent.",
        simple=("GameGAN watches an agent play — frames plus keyboard actions, no access to the game's code — and "
                "learns to render the next screen for the key pressed. A recurrent dynamics engine updates a hidden "
                "state (with a noise input for randomness in the game), an external memory module remembers what was "
                "already generated so that revisited places look the same, and a rendering engine separates static "
                "background from moving objects, which lets you swap parts to build new games. People could play the "
                "learned games."),
        mapping="frames + key presses + noise → dynamics engine (recurrent state) + memory module → rendering engine (static / dynamic) → next frame, adversarially trained",
        math=r"h_t=\mathcal{D}\big(h_{t-1},a_t,z_t,m_{t-1}\big),\quad z_t\sim\mathcal{N}(0,I),\quad \hat x_{t+1}=\mathcal{R}\big(h_t,m_t\big),\qquad \min_{\mathcal{D},\mathcal{R}}\max_{D}\;\mathcal{L}_{\text{adv}}+\lambda\,\mathcal{L}_{\text{rec}}",
        when="As the GAN-era ancestor of neural game engines, or for small games with a fixed map.",
        pros=["Learns a playable simulator from frames and actions only, with no access to the game engine", "Memory module keeps revisited locations consistent", "Separates static and dynamic components, so parts can be swapped to make new games"],
        cons=["Small, low-resolution 2D games such as Pac-Man", "Adversarial training is harder to scale than the diffusion models that followed", "One model per game"],
        papers=["kim2020gamegan"],
        sources=[("arXiv 2005.12126", "https://arxiv.org/abs/2005.12126"),
                 ("ar5iv HTML", "https://ar5iv.labs.arxiv.org/html/2005.12126"),
                 ("official code", "https://github.com/nv-tlabs/GameGAN_code")],
        checked="2026-12",
        learn=("GameGAN — project page", "https://nv-tlabs.github.io/gameGAN/")),

    dict(
        id="mineworld",
        name="MineWorld (Microsoft)",
        short="MineWorld",
        family="Interactive",
        anim="tokenfilm",
        date="2025-04",
        tagline="An open, real-time Minecraft world model: a visual-action transformer over interleaved frame and action tokens, with parallel decoding.",
        simple=("MineWorld turns each game frame into discrete tokens with an image tokenizer and each action into "
                "tokens with an action tokenizer, interleaves them into one sequence and trains a Transformer with "
                "next-token prediction, so it learns both the game states and how actions change them. A parallel "
                "decoding algorithm predicts spatially redundant tokens of a frame at the same time, giving 4 to 7 "
                "frames per second depending on model size — enough to play. It also proposes metrics that check "
                "whether the generated scene actually follows the actions."),
        mapping="frames → image tokens; actions → action tokens (interleaved) → autoregressive Transformer → parallel decoding of each frame → 4–7 fps play",
        math=r"\max_\theta\sum_{n}\log p_\theta\big(s_n\mid s_{<n}\big),\qquad s=\big(z_1^{1:N},\,a_1,\,z_2^{1:N},\,a_2,\dots\big)\ \ (z=\text{image tokens},\ a=\text{action tokens})",
        when="When you want an open, playable token-based world model to study action following.",
        pros=["Open code and models", "Real time: 4 to 7 frames per second thanks to parallel decoding", "Beats open diffusion-based world models on its visual-quality and action-following metrics (as reported)"],
        cons=["Minecraft only", "Discrete tokens limit visual fidelity", "Slower than later distilled diffusion models (Matrix-Game 2.0 streams at 25 fps)"],
        papers=["guo2025mineworld"],
        sources=[("arXiv 2504.08388", "https://arxiv.org/abs/2504.08388"),
                 ("arXiv HTML v1", "https://arxiv.org/html/2504.08388v1")],
        checked="2026-12",
        learn=("MineWorld — official repository", "https://github.com/microsoft/mineworld")),

    dict(
        id="gamefactory",
        name="GameFactory (HKU / Kuaishou)",
        short="GameFactory",
        family="Interactive",
        anim="playloop",
        date="2025-01",
        tagline="Learn keyboard-and-mouse control on a small Minecraft dataset and carry it over to open-domain scenes of a pretrained video diffusion model.",
        simple=("Game world models usually only work in the game they were trained on. GameFactory keeps a video "
                "diffusion model pre-trained on open-domain video and learns action control on GF-Minecraft, a new "
                "action-annotated Minecraft dataset. A multi-phase training strategy with a domain adapter separates "
                "learning the game's look from learning action control, so the control module transfers to new, "
                "non-Minecraft scenes. It also generates interactive video of unlimited length autoregressively."),
        mapping="open-domain pretrained video diffusion → domain adapter learns Minecraft style → action-control module (keyboard + mouse) trained with the style frozen → remove adapter → action-controlled open-domain video",
        math=r"\mathcal{L}=\mathbb{E}\,\big\|\boldsymbol\epsilon-\boldsymbol\epsilon_{\theta+\Delta\theta_{\text{style}},\,\psi}\big(\mathbf{z}_t,t,c_{\text{text}},a^{\text{key}},a^{\text{mouse}}\big)\big\|_2^2\quad(\text{train }\Delta\theta_{\text{style}}\text{, then }\psi\text{ with it frozen; drop }\Delta\theta_{\text{style}}\text{ at inference})",
        when="When you want action control that generalises beyond the one game you have action labels for.",
        pros=["Action control that generalises to open-domain scenes", "Releases GF-Minecraft, an action-annotated video dataset", "Autoregressive generation of unlimited-length interactive video"],
        cons=["Action space limited to Minecraft-style keyboard and mouse", "Inherits the base model's speed and clip length", "Long-term scene memory is not addressed"],
        papers=["yu2025gamefactory"],
        sources=[("arXiv 2501.08325", "https://arxiv.org/abs/2501.08325"),
                 ("official code", "https://github.com/KwaiVGI/GameFactory"),
                 ("GF-Minecraft dataset (Hugging Face)", "https://huggingface.co/datasets/KwaiVGI/GameFactory-Dataset")],
        checked="2026-12",
        learn=("GameFactory — project page", "https://vvictoryuki.github.io/gamefactory/")),

    dict(
        id="gamecraft",
        name="Hunyuan-GameCraft (Tencent)",
        short="GameCraft",
        family="Interactive",
        anim="playloop",
        date="2025-06",
        tagline="High-dynamic game video from one image: keyboard and mouse unified as camera motion, hybrid history conditioning, distilled for speed.",
        simple=("Hunyuan-GameCraft turns a single image plus a prompt into gameplay you steer. Keyboard and mouse "
                "inputs are mapped into one shared camera-representation space, so movements and view changes "
                "interpolate smoothly; a hybrid history-conditioned training strategy extends the video "
                "autoregressively while preserving the scene; and distillation cuts inference cost for interactive "
                "use. It is trained on over one million gameplay recordings from more than 100 AAA games, then "
                "fine-tuned on annotated synthetic data."),
        mapping="image + prompt + keyboard / mouse → unified camera representation → HunyuanVideo-based DiT with hybrid history condition → autoregressive chunks → distilled fast model",
        math=r"\mathcal{L}=\mathbb{E}\,\big\|u_\theta\big(\mathbf{x}_t,t,\mathbf{x}_{\text{hist}},c_{\text{cam}}(a),\text{prompt}\big)-(\mathbf{x}_1-\mathbf{x}_0)\big\|_2^2,\qquad \mathbf{x}_t=t\,\mathbf{x}_1+(1-t)\,\mathbf{x}_0\ \ (\text{flow matching})",
        when="Playable, high-motion game-like video from a single screenshot, with open weights.",
        pros=["Trained on over one million recordings from more than 100 AAA games", "Unified camera space gives smooth, fine-grained movement control", "Distillation brings it to about 6.6 fps (as reported); open weights (Hunyuan-GameCraft-1.0)"],
        cons=["Actions reduce to camera and movement; little object interaction", "Heavy 13B-class video backbone", "Weak long-horizon memory: large long-term drift in WorldPlay's comparison"],
        papers=["li2025gamecraft"],
        sources=[("arXiv 2506.17201", "https://arxiv.org/abs/2506.17201"),
                 ("arXiv HTML v1", "https://arxiv.org/html/2506.17201v1")],
        checked="2026-12",
        learn=("Hunyuan-GameCraft-1.0 — official repository", "https://github.com/Tencent-Hunyuan/Hunyuan-GameCraft-1.0")),

    dict(
        id="causvid",
        name="CausVid (fast causal video diffusion)",
        short="CausVid",
        family="Interactive",
        anim="denoise",
        anim_params=dict(frames="causal", steps=4),
        date="2024-12",
        tagline="Distil a slow bidirectional video diffusion transformer into a 4-step causal generator that streams frames with a KV cache.",
        simple=("A bidirectional video diffusion transformer must process the whole clip, including the future, before "
                "it can show a single frame — useless for interaction. CausVid adapts a pretrained bidirectional model "
                "into an autoregressive one that generates frames on the fly, and extends distribution matching "
                "distillation (DMD) to video to compress 50 denoising steps into 4. The student is initialised on the "
                "teacher's ODE trajectories, and an asymmetric scheme lets the bidirectional teacher supervise the "
                "causal student; this limits error accumulation, so it makes long videos although trained on short "
                "clips."),
        mapping="bidirectional teacher DiT → causal student initialised on teacher ODE pairs → asymmetric DMD distillation (50 → 4 steps) → KV-cached streaming generation",
        math=r"\nabla_\theta\mathcal{L}_{\text{DMD}}=\mathbb{E}_{t,\boldsymbol\epsilon}\Big[\big(s_{\text{fake}}(\mathbf{x}_t,t)-s_{\text{real}}(\mathbf{x}_t,t)\big)\,\frac{\partial G_\theta(\boldsymbol\epsilon)}{\partial\theta}\Big],\quad \mathbf{x}_t=\text{noised }G_\theta(\boldsymbol\epsilon),\ \ s_{\text{real}}\ \text{from the bidirectional teacher},\ G_\theta\ \text{causal, 4 steps}",
        when="When video must appear as it is generated: streaming, interactive or live applications.",
        pros=["Streams at 9.4 fps on a single GPU thanks to KV caching", "VBench-Long total score 84.27, above all earlier video models (as reported)", "Zero-shot streaming video-to-video, image-to-video and dynamic prompting"],
        cons=["Text-conditioned: no action input in the paper", "Error accumulation reduced, not removed, on long rollouts", "Needs a strong bidirectional teacher to distil from"],
        papers=["yin2025causvid"],
        sources=[("arXiv 2412.07772", "https://arxiv.org/abs/2412.07772"),
                 ("official code", "https://github.com/tianweiy/CausVid")],
        checked="2026-12",
        learn=("CausVid — project page", "https://causvid.github.io/")),

    dict(
        id="self-forcing",
        name="Self Forcing (autoregressive video diffusion)",
        short="Self Forcing",
        family="Interactive",
        anim="denoise",
        anim_params=dict(frames="causal", steps=4),
        date="2025-06",
        tagline="Train the video model on its own KV-cached rollouts and score the whole video, closing the train–test gap for real-time streaming.",
        simple=("Teacher Forcing and Diffusion Forcing train each frame on ground-truth context, but at inference the "
                "model sees its own imperfect frames: exposure bias. Self Forcing runs the autoregressive rollout "
                "during training, with KV caching, and applies a video-level distribution-matching loss (DMD, SiD or "
                "a GAN) to the whole self-generated sequence. A few-step generator with stochastic gradient truncation "
                "keeps training affordable, and a rolling KV cache extends videos. Built on Wan2.1-1.3B, it streams in "
                "real time on one GPU; Matrix-Game 2.0 uses it for interactive worlds."),
        mapping="few-step causal generator → self-rollout with KV cache during training → holistic video-level loss (DMD / SiD / GAN) → rolling KV cache → real-time streaming",
        math=r"\hat{\mathbf{x}}^{i}=G_\theta\big(\boldsymbol\epsilon^{i};\,\mathrm{KV}(\hat{\mathbf{x}}^{<i})\big),\qquad \min_\theta\;D\Big(p_\theta\big(\hat{\mathbf{x}}^{1:N}\big)\,\Big\|\,p_{\text{data}}\big(\mathbf{x}^{1:N}\big)\Big)\quad(D=\text{DMD, SiD or GAN on the whole self-generated video})",
        when="Real-time, streaming video generation, and as the training recipe behind interactive world models.",
        pros=["Real-time streaming with sub-second latency on a single GPU", "Matches or beats slower non-causal diffusion models in quality", "NeurIPS 2025 spotlight; open code and weights"],
        cons=["Text-to-video in the paper: actions come from follow-ups such as Matrix-Game 2.0", "Long videos rely on a rolling KV cache that forgets older context", "Distribution-matching losses can trade diversity for quality"],
        papers=["huang2025selfforcing"],
        sources=[("arXiv 2506.08009", "https://arxiv.org/abs/2506.08009"),
                 ("NeurIPS 2025 paper (OpenReview)", "https://openreview.net/forum?id=mSiN7i0BYH"),
                 ("model checkpoints (Hugging Face)", "https://huggingface.co/gdhe17/Self-Forcing/tree/main")],
        checked="2026-12",
        learn=("Self Forcing — project page", "https://self-forcing.github.io/")),

    dict(
        id="yan",
        name="Yan (Tencent, interactive video generation)",
        short="Yan",
        family="Interactive",
        anim="playloop",
        date="2025-08",
        tagline="Real-time 1080p/60 fps interactive video from game data, plus prompt-driven generation and live editing of what you play.",
        simple=("Yan is a framework in three modules trained on a large dataset recorded from a modern 3D game (Yuan "
                "Meng Star). Yan-Sim reaches real-time 1080p at 60 fps with a highly compressed, low-latency 3D VAE and "
                "KV-cache shift-window denoising. Yan-Gen injects game knowledge into open-domain video diffusion "
                "models through hierarchical captions, turning them into frame-wise action-controllable generators "
                "that can mix the style of one domain with the mechanics of another. Yan-Edit separates the "
                "interaction mechanics (simulated as depth) from the visual rendering, so text can change structure "
                "or style while you play."),
        mapping="game frames + actions → compressed 3D VAE → autoregressive diffusion with KV-cache shift-window denoising (Yan-Sim) / hierarchical captions + action cross-attention (Yan-Gen) → depth-based mechanics + text-driven renderer (Yan-Edit)",
        math=r"\text{Yan-Sim: }\ \mathbf{z}_t\sim p_\theta\big(\cdot\mid \mathrm{KV}(\mathbf{z}_{<t}),\,a_t\big),\ \ \hat x_t=\mathcal{D}_{\text{3D-VAE}}(\mathbf{z}_t);\qquad \text{Yan-Gen: }\ \mathbf{z}_t\sim p_\phi\big(\cdot\mid \mathrm{KV}(\mathbf{z}_{<t}),\,a_t,\,c_{\text{global}},\,c_{\text{local},t}\big)\quad(\text{two separate models; frames denoised in a shifting window with a KV cache})",
        when="When an interactive world must run at game frame rates and be editable by text during play.",
        pros=["Real-time 1080p at 60 fps interactive simulation (Yan-Sim)", "Text and image prompts from different domains can be blended: style from one, mechanics from another", "Structure and style editable by text during interaction (Yan-Edit)"],
        cons=["Training data come from a single 3D game", "Three separate modules rather than one unified model", "Transfer to real-world video is not the paper's focus"],
        papers=["ye2025yan"],
        sources=[("arXiv 2508.08601", "https://arxiv.org/abs/2508.08601"),
                 ("arXiv HTML v3", "https://arxiv.org/html/2508.08601v3")],
        checked="2026-12",
        learn=("Yan — project page", "https://greatx3.github.io/Yan/")),


    # ---- Interactive: added 2026-12 ----

    dict(
        id="vid2world",
        name="Vid2World (video diffusion → interactive world model)",
        short="Vid2World",
        family="Interactive",
        anim="denoise",
        anim_params={'frames': 'causal'},
        date="2025-05",
        added="2026-12",
        tagline="A recipe that turns a pretrained, non-causal video diffusion model into an autoregressive, action-conditioned world model.",
        simple="Video generators trained on internet video know a lot about how the world looks and moves, but they denoise a whole clip at once and only take a text or image prompt. Vid2World 'causalizes' such a model: causal masks on its temporal attention, a mixed weight-transfer scheme for its temporal convolutions, and training with an independent noise level per frame, following Diffusion Forcing, so it can roll out frame by frame. Each frame's action is added through a small MLP and randomly dropped in training, which enables 'causal action guidance': classifier-free guidance against the same model with the latest action removed.",
        mapping="pretrained video diffusion model → causal temporal attention + mixed weight transfer → per-frame independent noise levels (Diffusion Forcing) → per-frame action embeddings with dropout → causal action guidance for autoregressive rollout",
        math=r"\mathcal{L}=\mathbb{E}_{k_{1:T}\sim\mathcal{U}}\big\lVert\boldsymbol\epsilon_\theta\big(\mathbf x^{k_{1:T}}_{1:T},k_{1:T},\tilde a_{1:T}\big)-\boldsymbol\epsilon\big\rVert^2,\qquad \hat{\boldsymbol\epsilon}_t=\boldsymbol\epsilon_\theta(\cdot\mid a_{\le t})+\lambda\big(\boldsymbol\epsilon_\theta(\cdot\mid a_{\le t})-\boldsymbol\epsilon_\theta(\cdot\mid a_{<t},\varnothing)\big)",
        when="When you have a strong pretrained video generator and limited action-labelled data, and want an action-conditioned world model from it.",
        pros=["Reuses internet-scale video priors instead of training a world model from scratch on action-labelled data", "One recipe across robot manipulation, 3D game simulation (CS:GO) and open-world navigation", "Causal action guidance gives a tunable knob (scale λ) for how strongly each action steers the next frame"],
        cons=["Each autoregressive step runs a diffusion sampler; the paper does not claim real-time rates", "Needs action-labelled data from the target domain for fine-tuning", "Autoregressive rollouts can still drift; the project page shows failure cases"],
        papers=["huang2025vid2world"],
        sources=[("arXiv 2505.14357 (HTML v2: abstract, authors, introduction)", "https://arxiv.org/html/2505.14357v2"),
                 ("project page source (method, Diffusion Forcing, DIAMOND comparison, BibTeX)", "https://github.com/knightnemo/vid2world")],
        checked="2026-12",
        learn=("Vid2World — project page", "http://knightnemo.github.io/vid2world/")),

    dict(
        id="yume",
        name="Yume / Yume1.5 (Shanghai AI Lab, interactive world generation)",
        short="Yume",
        family="Interactive",
        anim="playloop",
        date="2025-07",
        added="2026-12",
        aliases=["YUME", "Yume1.5", "Yume-1.5"],
        tagline="An open world model that turns one real-world photo into an explorable video world you walk through with the keyboard.",
        simple="Yume starts from an image (Yume1.5 also from text) and lets you explore the world it depicts with WASD keys for moving and arrow keys for turning. Real camera trajectories from the Sekai walking-video dataset are quantised into these discrete keyboard actions, so the model learns keyboard control from real video. A Masked Video Diffusion Transformer with a memory of past frames extends the video autoregressively; training-free sampler tricks (an anti-artifact mechanism and SDE-based 'time travel' sampling) clean up details. Yume1.5 compresses the history, distils the sampler to a few steps and adds text-triggered events.",
        mapping="image or text → quantised camera motion as keyboard actions → masked video DiT with frame memory (autoregressive chunks) → anti-artifact / TTS-SDE sampling → explorable video world",
        math=r"\mathcal{L}=\mathbb{E}\,\big\lVert v_\theta\big(\mathbf{z}^{k}_t,\,t;\ \mathrm{mem}(\mathbf{z}^{<k}),\,c_{\text{text}},\,a_k\big)-\mathbf{v}^{k}_t\big\rVert^2,\qquad a_k=\mathrm{quantise}\big(\text{camera motion of chunk }k\big)\in\{\text{W},\text{A},\text{S},\text{D},\uparrow,\downarrow,\leftarrow,\rightarrow,\cdot\}",
        when="When you want an open, keyboard-explorable world generated from a real photo rather than from a specific game.",
        pros=['Released as "fully open-source": data pipeline, training/inference code and weights (README)', "Trained on real-world exploration video (Sekai), not only game footage", "Yume1.5 adds text-triggered world events and a 5B 720p model tested on a 16 GB laptop GPU (README)"],
        cons=["Actions are camera motions quantised into a few keys: no game mechanics or object interaction", "Yume 1.0 is not real-time; Yume1.5 was built to address slow multi-step inference and a growing history (its abstract)", "Autoregressive extension with a compressed memory can still drift over long explorations"],
        papers=["mao2025yume", "mao2025yume15"],
        sources=[("arXiv 2507.17744 (HTML v1: authors, abstract)", "https://arxiv.org/html/2507.17744v1"),
                 ("arXiv 2512.22096 (Yume1.5, HTML v1 abstract)", "https://arxiv.org/html/2512.22096v1"),
                 ("official code README (BibTeX, news, acknowledgements)", "https://github.com/stdstu12/YUME")],
        checked="2026-12",
        learn=("Yume — project page", "https://stdstu12.github.io/YUME-Project/")),

    dict(
        id="longlive",
        name="LongLive (NVIDIA, real-time interactive long video)",
        short="LongLive",
        family="Interactive",
        anim="denoise",
        anim_params={'frames': 'causal'},
        date="2025-09",
        added="2026-12",
        tagline="A frame-level autoregressive video model that streams minute-long video in real time while the user types new prompts.",
        simple="LongLive turns a short-clip causal video model into one that keeps going for minutes and lets you steer the story by sending new text prompts while it plays. When the prompt changes, a KV-recache step rebuilds the cached context from the frames already generated plus the new prompt, so the scene continues smoothly but follows the new instruction. 'Streaming long tuning' trains on long self-generated rollouts (train long, test long), and short-window attention plus a 'frame sink' (the first frames kept in attention) makes it fast without losing the thread.",
        mapping="text prompt stream → causal frame-level generator (short window + frame sink) → KV-recache at each prompt switch → streaming long tuning on self-rollouts → real-time long video",
        math=r"\hat{\mathbf{x}}^{i}=G_\theta\big(\boldsymbol\epsilon^{i};\,\mathrm{KV}(\hat{\mathbf{x}}^{\text{sink}}\cup\hat{\mathbf{x}}^{i-w:i-1}),\,c_k\big),\qquad \text{at a switch } c_k\to c_{k+1}:\ \mathrm{KV}\leftarrow\mathrm{Recache}\big(\hat{\mathbf{x}}^{<i},\,c_{k+1}\big)",
        when="When a user should direct a long generated video in real time by typing, rather than fixing one prompt up front.",
        pros=['"20.7 FPS generation speed on a single H100 GPU" and up to 240 s of video (official README)', 'Extends a short-clip model to minute-long generation "in 32 H100 GPU-days" (README)', "Open code and the LongLive-1.3B weights; later Apache 2.0 licence"],
        cons=["Steered by text prompts only: no keyboard, camera or agent actions", "Short-window attention plus a frame sink keeps only the first and the most recent frames in view, so long-range memory is limited", "A 1.3B model fine-tuned from a short-clip base: visual quality is bounded by that base"],
        papers=["yang2025longlive"],
        sources=[("arXiv 2509.22622 (abstract, v1 26 Sep 2025)", "https://arxiv.org/abs/2509.22622"),
                 ("official code README (v1.0 branch)", "https://github.com/NVlabs/LongLive/tree/v1.0")],
        checked="2026-12",
        learn=("LongLive — project page with demos", "https://nvlabs.github.io/LongLive")),

    dict(
        id="pan",
        name="PAN (MBZUAI, general interactable world model)",
        short="PAN",
        family="Interactive",
        anim="playloop",
        date="2025-11",
        added="2026-12",
        aliases=["Generative Latent Prediction", "GLP"],
        tagline="An LLM-based latent dynamics model plus a video diffusion decoder: type an action in words, watch the world's next segment.",
        simple="PAN keeps an internal world state and updates it step by step as natural-language actions arrive ('turn left and speed up', 'move the robot arm to the red block'). Its Generative Latent Prediction design has three parts: a vision encoder maps frames to a latent state, an autoregressive backbone built on a vision-language LLM predicts the next latent state from the history and the action, and a video diffusion decoder renders that state as a short video segment. Training the state through generative reconstruction of real observations is meant to avoid the collapse of purely latent objectives.",
        mapping="history frames → VLM vision encoder → latent world state → LLM backbone + language action predicts the next latent state → causal video diffusion decoder renders the next video segment",
        math=r"s_t=h(o_{\le t}),\qquad \hat s_{t+1}=f_{\text{LLM}}\big(s_{\le t},\,a_{\le t}\big),\qquad o_{t+1}\sim p_{\text{dec}}\big(\cdot\mid \hat s_{t+1},\,o_t\big),\qquad \mathcal{L}=-\log p_{\text{dec}}\big(o_{t+1}\mid \hat s_{t+1},o_t\big)\ \text{(diffusion bound)}",
        when="When an agent or user should steer an open-domain simulation with free-form language actions over many steps.",
        pros=["Open-domain, multi-step simulation conditioned on natural-language actions", "Language-model backbone brings text knowledge into the dynamics; the diffusion decoder keeps visuals detailed", "Generative grounding in observations is the design answer to latent collapse argued in 'Critiques of World Models'"],
        cons=["Not publicly released: WR-Arena lists PAN as a proprietary model behind a custom endpoint", "Language actions are coarse compared with frame-level keyboard or robot controls", "Heavy two-stage system: a Qwen2.5-VL-7B-based backbone plus a video diffusion decoder"],
        papers=["panteam2025pan"],
        sources=[("arXiv 2511.09057 (abstract via chatpaper; author list via sciencestack)", "https://arxiv.org/abs/2511.09057"),
                 ("WR-Arena README (PAN listed as evaluated proprietary model)", "https://github.com/MBZUAI-IFM/WR-Arena")],
        checked="2026-12",
        learn=("How MBZUAI built PAN — MBZUAI blog", "https://mbzuai.ac.ae/news/how-mbzuai-built-pan-an-interactive-general-world-model-capable-of-long-horizon-simulation")),

    dict(
        id="lingbot-world",
        name="LingBot-World (Robbyant / Ant Group, open world simulator)",
        short="LingBot-World",
        family="Interactive",
        anim="playloop",
        date="2026-01",
        added="2026-12",
        aliases=["Advancing Open-source World Models", "Robbyant"],
        tagline="An open-source, Genie-3-style world simulator built on Wan2.2: minute-long, controllable worlds at 16 fps with under 1 s latency.",
        simple="LingBot-World turns a large open video generator (Wan2.2) into an interactive world simulator. A data engine mixes real videos, game recordings with controls and Unreal Engine renders with exact camera poses, all captioned at several levels. Training runs in stages: a strong video base, then action/camera control and long-horizon memory, then a causal, few-step distilled version with a KV cache that streams frames in real time. The released base model is steered by camera poses plus a text prompt and can run for about a minute while keeping the scene consistent.",
        mapping="image + text + camera poses / actions → Wan2.2-based MoE video diffusion (high-noise and low-noise experts) → causal adaptation with KV cache → few-step distillation → real-time streaming world",
        math=r"\mathbf z_t=G_{\theta}\big(\boldsymbol\epsilon;\ \mathrm{KV}(\mathbf z_{<t}),\,c_{\text{text}},\,a_t\big),\qquad G_\theta=\begin{cases}G_{\text{high}} & \sigma\ge\sigma^{*}\ (\text{layout, motion})\\ G_{\text{low}} & \sigma<\sigma^{*}\ (\text{detail})\end{cases}",
        when="When you want an open alternative to closed real-time world models such as Genie 3 to study or build on.",
        pros=['"Latency of under 1 second when producing 16 frames per second" (official README)', "Minute-level horizon: about one minute of video at 16 fps with frame_num 961 (README)", "Code and the camera-controlled base model released under Apache 2.0"],
        cons=["At release only the camera-pose base model was public; the action model and the fast model were 'To be released'", "The README's inference commands for the base model (task i2v-A14B) run on 8 GPUs with FSDP", "A technical report without peer review; comparisons with Genie 3 are qualitative demos"],
        papers=["robbyant2026lingbotworld"],
        sources=[("official README (release 29 Jan 2026, BibTeX, model table, Wan2.2 base)", "https://github.com/Robbyant/lingbot-world"),
                 ("arXiv 2601.20540 (HTML v1 abstract and introduction)", "https://arxiv.org/html/2601.20540v1")],
        checked="2026-12",
        learn=("LingBot-World — project page", "https://technology.robbyant.com/lingbot-world")),

    # ---------------- Spatial3D ----------------

    dict(
        id="marble",
        name="Marble (World Labs)",
        short="Marble",
        family="Spatial3D",
        anim="scene3d",
        date="2025-11",
        tagline="A commercial multimodal world model: text, photos, video or a rough 3D layout in, an editable and exportable 3D world out.",
        simple=("Most 'world models' stream video frames that are gone once you look away. Marble instead hands you a "
                "persistent 3D world, as Gaussian splats or meshes, built from a text prompt, one or several photos, "
                "a short video, or a blocky 3D sketch. You can edit it, expand it, stitch several worlds together and "
                "export it to game engines or simulators. World Labs has not published how the model works inside."),
        mapping="text / images / video / coarse 3D layout → Marble generator (undisclosed) → 3D world as Gaussian splats or meshes → render from any camera",
        math=r"C(\mathbf{p})=\sum_{i\in\mathcal{N}(\mathbf{p})} c_i\,\alpha_i\prod_{j<i}\big(1-\alpha_j\big)\quad(\text{splat rendering of the exported world; the generator is undisclosed})",
        when="When you need a persistent, editable 3D environment (game level, VFX set, robot-sim scene) rather than a video clip.",
        pros=["Takes text, single or multiple images, video and coarse 3D layouts (Chisel)", "Exports Gaussian splats, collider and high-quality meshes, or camera-controlled video", "AI-native editing, one-step expansion and composition of several worlds"],
        cons=["No paper: architecture and training data undisclosed", "Worlds are static scenes; interactivity is named as future work", "Closed, paid commercial product"],
        papers=["worldlabs2025marble"],
        sources=[("World Labs blog (Nov 2025)", "https://www.worldlabs.ai/blog/marble-world-model")],
        checked="2026-11",
        learn=("Marble — World Labs app (try it)", "https://marble.worldlabs.ai/")),

    dict(
        id="wonderworld",
        name="WonderWorld",
        short="WonderWorld",
        family="Spatial3D",
        anim="scene3d",
        date="2024-06",
        tagline="Interactive 3D scene generation from one image: layered Gaussian surfels let each new scene appear in under 10 seconds.",
        simple=("Start from one picture, then move the camera and type what should appear next, and WonderWorld grows "
                "a connected 3D world around you. The trick is speed: each scene is stored as three layers of flat "
                "Gaussian 'surfels' (foreground, background, sky) initialised straight from estimated geometry, so "
                "fitting takes seconds instead of many minutes. A guided depth diffusion makes new parts line up with "
                "what already exists."),
        mapping="single image + user camera / text → outpainted view + guided depth diffusion → layered Gaussian surfels (FLAGS) → real-time rendering of a growing world",
        math=r"\min_{\Theta_\ell}\big\|\mathcal{R}(\Theta_\ell;\pi)-I_\ell\big\|,\;\ell\in\{\text{fg},\text{bg},\text{sky}\},\quad \Theta_\ell\text{ initialised from } d\sim p_\theta\big(d\mid I,\,d_{\text{visible}}\big)",
        when="Interactive, low-latency creation of explorable 3D scenes from a single image on one GPU.",
        pros=["New scene in under ~10 s on a single A6000 GPU (prior methods: tens of minutes)", "User steers both where (camera) and what (text) is generated next", "Explicit 3D output that renders in real time; code released"],
        cons=["Layered surfels mostly capture front-facing surfaces; large viewpoint changes expose gaps", "Static scenes only, no dynamics", "Quality is bounded by the 2D outpainting and depth models it chains together"],
        papers=["yu2025wonderworld"],
        sources=[("arXiv 2406.09394", "https://arxiv.org/abs/2406.09394"),
                 ("official code", "https://github.com/KovenYu/WonderWorld")],
        checked="2026-12",
        learn=("WonderWorld — project page", "https://kovenyu.com/WonderWorld/")),

    dict(
        id="gen3c",
        name="GEN3C (NVIDIA)",
        short="GEN3C",
        family="Spatial3D",
        anim="scene3d",
        date="2025-03",
        tagline="Video diffusion guided by a 3D cache: depth-lifted point clouds rendered along the new camera path show what already exists.",
        simple=("Ordinary video models must remember what they drew and guess how a camera move changes the picture, "
                "so objects pop in and out. GEN3C keeps an explicit memory instead: it predicts depth for the input "
                "or earlier frames, lifts them into a point cloud, and renders that cloud along the user's camera "
                "path. The video model (built on NVIDIA Cosmos) only has to fill in what the cache has never seen and "
                "make it look real."),
        mapping="image(s) or video → depth → 3D point-cloud cache → render cache along new camera path → Cosmos video diffusion fills the gaps",
        math=r"\mathcal{L}=\mathbb{E}_{\sigma,n}\big\|D_\theta\big(x+n;\,\sigma,\,\{\mathrm{render}(\mathcal{C},\pi_j),M_j\}_j\big)-x\big\|^2,\quad \mathcal{C}={\textstyle\bigcup_k} \mathrm{unproj}(I_k,D_k,\pi_k)",
        when="Camera-controlled novel-view video from one or a few images or a video, including driving and dynamic scenes.",
        pros=["Precise camera control: the camera acts through geometry, not through a learned embedding", "Stays consistent when revisiting, because the cache remembers", "Open code and 7B weights (GEN3C-Cosmos-7B)"],
        cons=["Only as good as the depth estimate that feeds the cache", "Heavy: tested on A100/H100; about 43 GB even with full offloading", "Outputs video, not an explicit 3D asset (Lyra adds that step)"],
        papers=["ren2025gen3c"],
        sources=[("arXiv 2503.03751", "https://arxiv.org/abs/2503.03751"),
                 ("official code", "https://github.com/nv-tlabs/GEN3C"),
                 ("model weights (Hugging Face)", "https://huggingface.co/nvidia/GEN3C-Cosmos-7B")],
        checked="2026-12",
        learn=("GEN3C — project page", "https://research.nvidia.com/labs/toronto-ai/GEN3C/")),

    dict(
        id="lyra",
        name="Lyra (NVIDIA)",
        short="Lyra",
        family="Spatial3D",
        anim="scene3d",
        date="2025-09",
        tagline="Self-distils a camera-controlled video model into a feed-forward 3D Gaussian decoder: 3D scenes without real multi-view data.",
        simple=("Video models 'know' 3D but only output 2D frames. Lyra adds a second decoder to GEN3C's video "
                "latents that outputs 3D Gaussians instead of pixels, and trains it to match what the normal RGB "
                "decoder shows, so the teacher is the video model itself and no captured multi-view data is needed. "
                "One image or a text prompt becomes a 3D scene you can render in real time; from a video it produces "
                "dynamic (4D) Gaussians."),
        mapping="image / text → GEN3C multi-view video latents → 3DGS decoder → real-time 3D (or 4D) Gaussian scene",
        math=r"\mathcal{L}=\big\|\hat I-I\big\|_2^2+\lambda_{\text{lpips}}\,\mathrm{LPIPS}\big(\hat I,I\big)+\lambda_{\text{depth}}\,\mathcal{L}_{\text{depth}}\big(\hat D,D\big),\quad \hat I=\mathrm{render}\big(\mathcal{G}_\phi(z),\pi\big),\;I=\mathcal{D}_{\text{RGB}}(z),\;z=\text{GEN3C video latent along camera path }\pi",
        when="When you want an explicit, real-time-renderable 3D or 4D scene out of a video diffusion model.",
        pros=["3DGS decoder trained purely on video-model-generated synthetic data", "Feed-forward: no per-scene optimisation", "Extends to dynamic scenes from a monocular video"],
        cons=["Inherits GEN3C's errors and compute cost (tested on A100/H100)", "Two-stage: the teacher video latents must be generated for every scene first", "Scene extent is limited to the generated camera trajectories"],
        papers=["bahmani2025lyra"],
        sources=[("arXiv 2509.19296", "https://arxiv.org/abs/2509.19296"),
                 ("ICLR 2026 paper (OpenReview)", "https://openreview.net/forum?id=tIVCfVnIHo"),
                 ("official code", "https://github.com/nv-tlabs/lyra")],
        checked="2026-12",
        learn=("Lyra — project page", "https://research.nvidia.com/labs/toronto-ai/lyra/")),

    dict(
        id="voyager",
        name="HunyuanWorld-Voyager",
        short="Voyager",
        family="Spatial3D",
        anim="scene3d",
        date="2025-06",
        tagline="Generates RGB and depth video together along a user camera path, with a growing point-cloud world cache for long exploration.",
        simple=("Voyager turns one image into a walk-through you direct with a camera path. Unlike plain video models "
                "it paints colour and depth together, so every frame drops straight into a point cloud. That cloud is "
                "the 'world cache': partial renders of it condition the next clip, and points are culled so it stays "
                "small. You can keep extending the scene and return to geometry that still matches."),
        mapping="image + camera path → partial RGB-D renders of the world cache → joint RGB-D video diffusion → update point-cloud cache → next clip",
        math=r"\mathcal{L}=\mathbb{E}_{t,\epsilon}\big\|v_\theta\big(z_t,t\mid \mathrm{render}_{\text{RGB-D}}(\mathcal{W},\pi)\big)-(\epsilon-z_0)\big\|^2,\quad z=[z^{\text{rgb}};z^{\text{depth}}],\;\; \mathcal{W}\leftarrow\mathcal{W}\cup\mathrm{unproj}(\hat z_0)",
        when="Long-range, world-consistent exploration from a single image when you also want 3D geometry out.",
        pros=["Best WorldScore average in its own table (77.62 vs 72.69 for WonderWorld)", "Depth is generated with the video, so 3D reconstruction needs no extra estimation step", "Data engine auto-labels poses and metric depth; 100,000+ training clips (real + Unreal Engine)"],
        cons=["About 60 GB GPU memory at 540p", "Slow: 49 frames at 512×768 take about 1,925 s on a single H20 GPU", "Static worlds; no agents or physics"],
        papers=["huang2025voyager"],
        sources=[("arXiv 2506.04225", "https://arxiv.org/abs/2506.04225"),
                 ("model weights (Hugging Face)", "https://huggingface.co/tencent/HunyuanWorld-Voyager")],
        checked="2026-12",
        learn=("HunyuanWorld-Voyager — official repo", "https://github.com/Tencent-Hunyuan/HunyuanWorld-Voyager")),

    dict(
        id="worldmem",
        name="WorldMem",
        short="WorldMem",
        family="Spatial3D",
        anim="scene3d",
        date="2025-04",
        tagline="An action-conditioned video world model with a memory bank of past frames, poses and times, so places stay put when revisited.",
        simple=("Interactive video world models such as Oasis see only the last few frames, so if you turn around the "
                "world quietly changes. WorldMem stores past frames together with their camera pose and timestamp; "
                "when generating, it retrieves the frames that looked at the same place and attends to them. Objects "
                "you placed are still there when you come back, and because time is stored too, the world can still "
                "change (snow melting near a lamp)."),
        mapping="frames + actions → memory bank (frame, pose, time) → retrieve relevant memories → memory attention in a diffusion-forcing video DiT → next frame",
        math=r"\mathcal{L}=\mathbb{E}_{k_{1:T}}\big\|\epsilon-\epsilon_\theta\big(x^{k_{1:T}}_{1:T},\,k_{1:T},\,a_{1:T},\,\mathcal{M}\big)\big\|^2,\quad \mathcal{M}=\{(x_i,\,p_i,\,t_i)\}\;(\text{per-frame noise levels }k_t)",
        when="Long interactive rollouts in which revisited places must stay consistent.",
        pros=["Beyond the context window: PSNR 25.3 vs 18.0 for a Diffusion Forcing baseline (Minecraft, arXiv v1)", "Timestamps let the world evolve while staying consistent", "Open code, weights and Minecraft training data"],
        cons=["Main benchmark is Minecraft (MineDojo)", "Memory bank and retrieval grow with the length of exploration", "Each memory needs a camera pose (free in games, must be estimated elsewhere)"],
        papers=["xiao2025worldmem"],
        sources=[("arXiv 2504.12369", "https://arxiv.org/abs/2504.12369"),
                 ("official code", "https://github.com/xizaoqu/WorldMem")],
        checked="2026-12",
        learn=("WorldMem — project page", "https://xizaoqu.github.io/worldmem/")),

    dict(
        id="hunyuanworld",
        name="HunyuanWorld 1.0",
        short="HunyuanWorld 1.0",
        family="Spatial3D",
        anim="scene3d",
        date="2025-07",
        tagline="Text or image → 360° panorama → semantic layers (sky, background, objects) → an explorable 3D mesh world you can export.",
        simple=("HunyuanWorld first imagines the whole surroundings as a 360° panorama with a diffusion transformer, "
                "which gives one consistent 'world proxy'. It then splits the panorama into layers (sky, background "
                "and separate foreground objects), estimates depth that lines up across layers, and lifts each layer "
                "into 3D meshes. The result can be walked through in VR or loaded into a game engine, with objects "
                "you can move."),
        mapping="text / image → panorama DiT (360° world proxy) → semantic layering (sky / background / objects) → layer-aligned depth → layered 3D meshes",
        math=r"P\sim p_\theta\big(P\mid \text{text or image}\big),\quad \mathcal{W}={\textstyle\bigcup_{\ell\in\{\text{sky},\,\text{bg},\,\text{obj}_1,\dots\}}}\mathrm{mesh}\big(\mathrm{unproj}(P_\ell,D_\ell)\big)",
        when="Fast creation of a 360° explorable scene exported as standard meshes for graphics pipelines.",
        pros=["Standard mesh export drops into existing graphics and game pipelines", "Disentangled foreground objects that can be moved", "Open weights; a quantised lite version runs on an RTX 4090"],
        cons=["Exploration stays near the panorama's viewpoint; long-range extension relies on Voyager", "Long multi-stage pipeline of external models (FLUX, ZIM, GroundingDINO, MoGe)", "Static scenes, no dynamics"],
        papers=["tencent2025hunyuanworld"],
        sources=[("arXiv 2507.21809", "https://arxiv.org/abs/2507.21809"),
                 ("official code", "https://github.com/Tencent-Hunyuan/HunyuanWorld-1.0")],
        checked="2026-12",
        learn=("HunyuanWorld 1.0 — project page", "https://3d-models.hunyuan.tencent.com/world/")),

    dict(
        id="aether",
        name="Aether",
        short="Aether",
        family="Spatial3D",
        anim="scene3d",
        date="2025-03",
        tagline="One video-diffusion world model for 4D reconstruction, camera-action-conditioned prediction and goal-conditioned planning.",
        simple=("Aether post-trains a video generator (CogVideoX) to output colour video, depth video and the camera "
                "trajectory side by side. By choosing which parts are given and which are generated, the same network "
                "reconstructs 4D geometry from a video, predicts the future with a camera path as the 'action', or "
                "plans the path from a start image to a goal image. It never sees real data in training yet works "
                "zero-shot on real videos."),
        mapping="synthetic RGB-D + camera labels → joint latents (colour, depth, camera raymap) → diffusion over the masked-out parts → reconstruction / prediction / planning",
        math=r"\mathcal{L}=\mathbb{E}_{m,t}\big\|z_0^{\bar m}-\hat z_\theta\big(z_t^{\bar m},\,t;\,z_0^{m}\big)\big\|^2,\quad z=[z^{\text{rgb}};z^{\text{depth}};z^{\text{cam}}],\;\; m\in\{\text{recon},\text{predict},\text{plan}\}",
        when="When you want geometry, prediction and camera-path planning from one model without real 4D training data.",
        pros=["Zero-shot synthetic-to-real transfer", "Reconstruction comparable to or better than domain-specific models (per the paper)", "Camera trajectories give a shared, geometry-informed action space"],
        cons=["Actions are camera motions only: no object-level or robot control", "5B-parameter video backbone (CogVideoX-5B-I2V): slow and GPU-heavy", "Trained only on synthetic scenes; real-world quality rests on the video prior"],
        papers=["zhu2025aether"],
        sources=[("arXiv 2503.18945", "https://arxiv.org/abs/2503.18945"),
                 ("arXiv HTML v3", "https://arxiv.org/html/2503.18945v3")],
        checked="2026-12",
        learn=("Aether — project page", "https://aether-world.github.io/")),

    dict(
        id="text2room",
        name="Text2Room",
        short="Text2Room",
        family="Spatial3D",
        anim="scene3d",
        date="2023-03",
        tagline="Text prompt → room-scale textured 3D mesh: render, inpaint, estimate depth and fuse, one chosen viewpoint at a time.",
        simple=("Text2Room builds a whole room out of a 2D text-to-image model. It picks a camera pose, renders the mesh "
                "built so far, lets a text-conditioned inpainting model fill the empty parts, estimates depth for the new "
                "pixels, aligns it with the existing geometry and fuses it into the mesh. A two-stage choice of viewpoints "
                "(first lay out the room, then fill the holes) makes the pieces join into one seamless, textured mesh."),
        mapping="text prompt + camera pose → render current mesh (RGB + depth) → text-conditioned inpainting + monocular depth → depth alignment and filtering → fuse into textured mesh",
        math=r"\hat I_t=\mathrm{Inpaint}_\theta\big(\mathcal{R}(\mathcal{M}_{t-1},\pi_t),\,m_t,\,y\big),\quad \hat D_t=\mathrm{align}\big(f_\phi(\hat I_t),\,\mathcal{R}_D(\mathcal{M}_{t-1},\pi_t)\big),\quad \mathcal{M}_t=\mathcal{M}_{t-1}\cup\mathrm{mesh}\big(\mathrm{unproj}(\hat I_t,\hat D_t,\pi_t)\big)",
        when="Generating a complete indoor 3D mesh with textures from text alone, for graphics or VR.",
        pros=["Explicit, textured room-scale mesh, not a video (first from text alone, per the paper)", "Training-free: reuses pretrained 2D inpainting and depth models", "Continuous alignment and two-stage viewpoint selection give a seamless mesh"],
        cons=["Geometry is only as good as monocular depth; errors show as distortions", "Designed for rooms: indoor, static scenes", "Generation is sequential, view after view, each needing inpainting and depth inference"],
        papers=["hollein2023text2room"],
        sources=[("arXiv 2303.11989", "https://arxiv.org/abs/2303.11989")],
        checked="2026-11",
        learn=("Text2Room — project page", "https://lukashoel.github.io/text-to-room/")),

    dict(
        id="scenescape",
        name="SceneScape",
        short="SceneScape",
        family="Spatial3D",
        anim="scene3d",
        date="2023-02",
        tagline="Text-driven perpetual view generation: a text-to-image model paints new content while one growing mesh keeps the fly-through 3D-consistent.",
        simple=("Give SceneScape a text prompt (a cave, a spaceship, an ice castle) and a camera path, and it generates a "
                "long fly-through video. Each new frame comes from projecting the mesh built so far into the next camera "
                "and letting a text-to-image model fill in what is newly revealed. A depth model estimates the new "
                "geometry and is fine-tuned on the fly (test-time training) so that its depth agrees with the existing "
                "scene; that depth then extends one unified mesh."),
        mapping="text + next camera pose → project mesh into the new view → inpaint revealed regions (text-to-image) → test-time-tuned depth → extend unified mesh",
        math=r"\hat I_{t+1}=\mathrm{Inpaint}_\theta\big(\mathcal{R}(\mathcal{M}_t,C_{t+1}),\,y\big),\quad \min_\phi\big\|m\odot\big(f_\phi(\hat I_{t+1})-\mathcal{R}_D(\mathcal{M}_t,C_{t+1})\big)\big\|,\quad \mathcal{M}_{t+1}=\mathcal{M}_t\cup\mathrm{mesh}\big(\mathrm{unproj}(\hat I_{t+1},f_\phi(\hat I_{t+1}),C_{t+1})\big)",
        when="Long, imaginative camera fly-throughs from a text prompt, beyond landscape-only perpetual view generation.",
        pros=["Diverse scenes (spaceships, caves, ice castles), not just nature landscapes", "A single unified mesh keeps geometry consistent along the walk-through", "Zero-shot: pretrained text-to-image and depth models, no 3D training data"],
        cons=["Test-time depth fine-tuning at every step makes generation slow", "Forward-moving camera paths; large loops and revisits expose errors", "Mesh quality limited by monocular depth at object boundaries"],
        papers=["fridman2023scenescape"],
        sources=[("arXiv 2302.01133", "https://arxiv.org/abs/2302.01133")],
        checked="2026-11",
        learn=("SceneScape — project page", "https://scenescape.github.io/")),

    dict(
        id="luciddreamer",
        name="LucidDreamer (3D Gaussian scenes)",
        short="LucidDreamer",
        family="Spatial3D",
        anim="scene3d",
        date="2023-11",
        tagline="Domain-free 3D scene generation: alternate 'dreaming' (inpaint a projected point cloud) and 'alignment', then optimise Gaussian splats.",
        simple=("LucidDreamer (the 3D-scene method, not the text-to-3D-object paper of the same name) starts from text, an "
                "image or an RGB-D image, lifts it to a point cloud and moves a virtual camera. In 'Dreaming' it projects "
                "the point cloud into the new view, lets Stable Diffusion inpaint the missing regions and lifts the result "
                "back to 3D with estimated depth; 'Alignment' merges the new points smoothly with the old ones. The final "
                "point cloud initialises a 3D Gaussian Splatting optimisation, in any style or domain."),
        mapping="text / RGB / RGB-D → initial point cloud → Dreaming: project, inpaint, lift with depth → Alignment: merge new points → 3D Gaussian Splatting optimisation",
        math=r"\hat I_k=\mathrm{Inpaint}_\theta\big(\Pi(\mathcal{P}_{k-1},\pi_k),\,y\big),\quad \mathcal{P}_k=\mathcal{P}_{k-1}\cup\mathrm{align}\big(\mathrm{unproj}(\hat I_k,\hat D_k,\pi_k)\big),\quad \min_{\mathcal{G}}{\textstyle\sum_k}\big\|\mathcal{R}(\mathcal{G},\pi_k)-\hat I_k\big\|,\;\;\mathcal{G}\text{ initialised from }\mathcal{P}_K",
        when="Open-domain 3D scene generation from text or a single image when a real-time-renderable splat scene is wanted.",
        pros=["No domain restriction: indoor, outdoor, stylised or photorealistic", "Accepts text, RGB or RGB-D input and can switch prompts during generation", "Output is a Gaussian-splat scene that renders in real time"],
        cons=["Needs a per-scene Gaussian optimisation after generation", "Geometry bounded by monocular depth estimates", "Consistency relies on the camera path and the point-alignment heuristic; static scenes only"],
        papers=["chung2023luciddreamer"],
        sources=[("arXiv 2311.13384", "https://arxiv.org/abs/2311.13384")],
        checked="2026-12",
        learn=("LucidDreamer — project page", "https://luciddreamer-cvlab.github.io/")),

    dict(
        id="wonderjourney",
        name="WonderJourney",
        short="WonderJourney",
        family="Spatial3D",
        anim="scene3d",
        date="2023-12",
        tagline="Perpetual 3D scene generation: an LLM writes the next scene, a text-driven point-cloud pipeline builds it, a VLM checks it.",
        simple=("WonderJourney starts anywhere (a photo, a painting or a sentence) and keeps generating new, connected 3D "
                "scenes, like a journey through a wonderland. A large language model writes what should come next; a "
                "visual module outpaints the view, refines depth and lifts it into a colored point cloud joined to the "
                "previous scene; a vision-language model checks each result and asks for regeneration if it looks wrong. "
                "Nothing is trained: it composes existing models. WonderWorld later made the same idea interactive."),
        mapping="image or text → LLM proposes the next scene description → outpainting + depth refinement → colored 3D point cloud linked to the previous scene → VLM check (regenerate if rejected)",
        math=r"d_{k+1}\sim\mathrm{LLM}(\cdot\mid d_{1:k}),\quad \mathcal{P}_{k+1}=\mathrm{unproj}\big(\mathrm{Outpaint}_\theta(\mathcal{R}(\mathcal{P}_k,\pi_{k+1}),d_{k+1}),\,\hat D_{k+1}\big),\quad \text{keep }\mathcal{P}_{k+1}\iff\mathrm{VLM}\big(\mathcal{R}(\mathcal{P}_{k+1})\big)=\text{pass}",
        when="Creative, open-ended sequences of diverse but connected 3D scenes from one image or prompt.",
        pros=["Starts from any image or text and keeps going scene after scene", "Training-free composition of an LLM, outpainting, depth estimation and a VLM", "Preferred over InfiniteNature-Zero and SceneScape in the paper's human studies"],
        cons=["Each scene is a point cloud meant for a limited range of views", "A long chain of large models; VLM rejections trigger slow regeneration", "Static scenes; geometry tied to monocular depth"],
        papers=["yu2024wonderjourney"],
        sources=[("arXiv 2312.03884", "https://arxiv.org/abs/2312.03884"),
                 ("official code", "https://github.com/KovenYu/WonderJourney")],
        checked="2026-12",
        learn=("WonderJourney — project page", "https://kovenyu.com/WonderJourney/")),

    dict(
        id="cat3d",
        name="CAT3D (Create Anything in 3D)",
        short="CAT3D",
        family="Spatial3D",
        anim="scene3d",
        date="2024-05",
        tagline="Simulate a real capture: a multi-view diffusion model generates many consistent views, then robust 3D reconstruction builds the scene.",
        simple=("Photogrammetry needs hundreds of photos of a scene. CAT3D fakes that capture: given one or a few images "
                "(real, or generated from text) and a set of target camera poses, a multi-view latent diffusion model "
                "(cameras encoded as ray maps, views linked by 3D self-attention) generates many consistent novel views. "
                "These feed a robust NeRF reconstruction, giving a 3D scene that renders in real time, in as little as "
                "one minute."),
        mapping="1..N input images + target cameras (ray maps) → multi-view latent diffusion with 3D self-attention → many consistent novel views → robust NeRF reconstruction → real-time renderable scene",
        math=r"\mathcal{L}=\mathbb{E}_{t,\epsilon}\big\|\epsilon-\epsilon_\theta\big(z^{\text{tgt}}_t,t\mid z^{\text{cond}},r^{\text{cond}},r^{\text{tgt}}\big)\big\|^2,\qquad \min_{\psi}{\textstyle\sum_i}\big\|\mathcal{R}_\psi(\pi_i)-\hat I_i\big\|^2+\lambda\,\mathrm{LPIPS}\big(\mathcal{R}_\psi(\pi_i),\hat I_i\big)\quad(r:\text{ ray maps})",
        when="Turning a single image or a few photos into a 3D scene when a short reconstruction step is acceptable.",
        pros=["Any number of input views: one generated image, one photo or a sparse capture", "A whole scene in as little as one minute (per the paper)", "Outperformed prior single-image and few-view methods in its evaluations"],
        cons=["Closed: no official code or weights", "Two stages: slightly inconsistent generated views must be absorbed by the reconstruction", "Static scenes only"],
        papers=["gao2024cat3d"],
        sources=[("arXiv 2405.10314", "https://arxiv.org/abs/2405.10314"),
                 ("arXiv HTML v1", "https://arxiv.org/html/2405.10314v1")],
        checked="2026-11",
        learn=("CAT3D — project page", "https://cat3d.github.io/")),

    dict(
        id="viewcrafter",
        name="ViewCrafter",
        short="ViewCrafter",
        family="Spatial3D",
        anim="scene3d",
        date="2024-09",
        tagline="Point-cloud renders guide a video diffusion model to novel views with precise camera control from one or a few images.",
        simple=("ViewCrafter reconstructs a rough point cloud from one or a few images (with DUSt3R), renders it along the "
                "desired camera path and lets a video diffusion model turn those holey, noisy renders into clean, "
                "consistent frames. To cover more of the scene it plans new camera trajectories, adds the new views' "
                "points to the cloud and repeats. The results can be distilled into 3D Gaussian Splatting for real-time "
                "viewing, or combined with text-to-image for scene-level text-to-3D."),
        mapping="single or sparse images → DUSt3R point cloud → render along the camera path → point-conditioned video diffusion → novel views → extend point cloud (planned trajectories) → optional 3DGS",
        math=r"\mathcal{L}=\mathbb{E}_{t,\epsilon}\big\|\epsilon-\epsilon_\theta\big(z_t,t\mid I_{\text{ref}},\{\mathcal{R}(\mathcal{P},\pi_n)\}_{n=1}^{N}\big)\big\|^2,\qquad \mathcal{P}\leftarrow\mathcal{P}\cup\mathrm{unproj}\big(\hat x_{1:N},\pi_{1:N}\big)",
        when="High-fidelity novel views with precise camera control from one or two images of a generic scene.",
        pros=["Precise camera control: poses act through rendered point clouds", "Iterative synthesis with trajectory planning widens coverage", "Open code and models (16- and 25-frame versions at 576×1024)"],
        cons=["Inherits errors of the DUSt3R point cloud", "Each pass generates only a short clip (16 or 25 frames)", "Static scenes; explicit 3D needs an extra 3DGS optimisation"],
        papers=["yu2024viewcrafter"],
        sources=[("arXiv 2409.02048", "https://arxiv.org/abs/2409.02048"),
                 ("official code", "https://github.com/Drexubery/ViewCrafter")],
        checked="2026-12",
        learn=("ViewCrafter — project page", "https://drexubery.github.io/ViewCrafter/")),

    dict(
        id="lyra2",
        name="Lyra 2.0 (NVIDIA)",
        short="Lyra 2.0",
        family="Spatial3D",
        anim="scene3d",
        date="2026-04",
        tagline="Long walk-through videos kept consistent by geometry-based frame retrieval, then lifted to explorable 3D worlds.",
        simple=("Lyra 2.0 turns one image into a large 3D world you can walk through, look back on and drop a robot into. "
                "It generates a long camera-controlled exploration video, then lifts it to 3D with feed-forward "
                "reconstruction. It attacks two failures of long videos: spatial forgetting (revisited places get "
                "re-invented) is handled by keeping per-frame 3D geometry only to retrieve the relevant past frames and "
                "set up correspondences, while appearance comes from the video prior; temporal drift is reduced by "
                "training on self-augmented histories, i.e. on the model's own degraded outputs."),
        mapping="image + camera trajectory + per-chunk captions → retrieve relevant past frames via per-frame 3D geometry → video diffusion chunk (trained on self-augmented histories) → long consistent exploration video → feed-forward 3D reconstruction",
        math=r"\hat x^{(k)}\sim p_\theta\big(\cdot\mid\mathcal{H}_k,\pi_k,c_k\big),\quad \mathcal{H}_k=\mathrm{retrieve}\big(\{(\tilde x^{(j)},G_j)\}_{j<k},\,\pi_k\big),\quad \tilde x^{(j)}\text{ partly the model's own degraded outputs in training},\quad \mathcal{S}=\mathrm{Recon}_\phi\big(\hat x^{(1:K)}\big)",
        when="Generating large, revisitable 3D environments from a single image for real-time rendering or robot simulation.",
        pros=["Targets both spatial forgetting and temporal drift in long generation", "Ends in 3D scenes for real-time rendering and simulation, not just video", "Code under Apache 2.0 and weights on Hugging Face under NVIDIA's research-only model licence, plus a 4-step distilled LoRA for fast inference"],
        cons=["Long pipeline: video generation, retrieval, then reconstruction", "Static worlds: no agents or dynamics", "Built on the large Wan 2.1 video model: GPU-heavy"],
        papers=["shen2026lyra2"],
        sources=[("arXiv 2604.13036", "https://arxiv.org/abs/2604.13036"),
                 ("official code (Lyra-2 folder)", "https://github.com/nv-tlabs/lyra"),
                 ("model weights (Hugging Face)", "https://huggingface.co/nvidia/Lyra-2.0")],
        checked="2026-12",
        learn=("Lyra 2.0 — project page", "https://research.nvidia.com/labs/sil/projects/lyra2/")),

    dict(
        id="flashworld",
        name="FlashWorld",
        short="FlashWorld",
        family="Spatial3D",
        anim="scene3d",
        date="2025-10",
        tagline="A multi-view diffusion model that outputs 3D Gaussians directly, distilled to make a 3D scene in seconds.",
        simple=("Most pipelines first generate many views and then reconstruct 3D, which is slow and the views disagree. "
                "FlashWorld's multi-view diffusion model, built on a video diffusion prior, produces 3D Gaussians "
                "directly during generation, so the result is 3D-consistent by construction. Dual-mode pretraining "
                "teaches both a view-generating and a 3D-generating mode; cross-mode distillation then pulls the "
                "consistent 3D mode toward the sharper view mode and cuts the denoising steps, so one image or prompt "
                "becomes a scene in seconds."),
        mapping="single image or text → dual-mode multi-view diffusion (video prior) → cross-mode distillation (multi-view mode teaches 3D mode) → few-step generation of 3D Gaussians → real-time rendering",
        math=r"\min_\phi\;\mathbb{E}_{t}\,\mathrm{KL}\big(p^{\text{3D}}_{\phi,t}\,\big\|\,p^{\text{MV}}_{t}\big),\qquad x^{\text{3D}}_0=\mathcal{R}\big(\mathcal{G}_\phi(z,c),\pi_{1:N}\big)\;\;(\text{renders of the generated 3D Gaussians})",
        when="Fast 3D scene generation from one image or prompt when seconds, not minutes, matter.",
        pros=["Seconds per scene: 10–100× faster than previous works (per the paper)", "Direct 3D Gaussian output is multi-view consistent by construction", "Code, online demo and pretraining checkpoint released"],
        cons=["About 51 GB GPU memory at default settings on an A800 (per the README)", "The 3D mode's quality rests on distillation from the multi-view mode", "Static scenes only"],
        papers=["li2026flashworld"],
        sources=[("arXiv 2510.13678", "https://arxiv.org/abs/2510.13678"),
                 ("official code", "https://github.com/imlixinyang/FlashWorld")],
        checked="2026-12",
        learn=("FlashWorld — project page", "https://imlixinyang.github.io/FlashWorld-Project-Page")),


    # ---- Spatial3D: added 2026-12 ----

    dict(
        id="infinite-nature",
        name="Infinite Nature (perpetual view generation)",
        short="Infinite Nature",
        family="Spatial3D",
        anim="scene3d",
        date="2020-12",
        added="2026-12",
        aliases=["perpetual view generation", "ACID"],
        tagline="Fly into a single photo: render the current RGB-D view into the next camera, refine it, repeat, for hundreds of frames.",
        simple="Infinite Nature defined 'perpetual view generation': from one image, produce the video a camera would see flying along an arbitrarily long path through the scene. Each step renders the current image and its disparity (depth) into the next camera pose, which leaves holes and blur; a refinement network then fills the holes, sharpens the image and fixes the depth, and the output becomes the input of the next step ('render, refine and repeat'). It is trained on aerial videos of coastlines and can keep going for hundreds of frames.",
        mapping="single image + disparity → render to next camera pose (warp) → refine network (inpaint, sharpen, fix depth) → repeat along the trajectory",
        math=r"(\hat I_{t+1},\hat D_{t+1})=g_\theta\big(\mathcal{R}(\hat I_t,\hat D_t;\,P_t\rightarrow P_{t+1})\big),\qquad \mathcal{L}=\mathcal{L}_{\text{rec}}\big(\hat I,\hat D;\,I,D\big)+\lambda\,\mathcal{L}_{\text{GAN}}(\hat I)",
        when="To see where 'infinite' 3D scene generation started: long fly-throughs from one image with explicit geometry in the loop.",
        pros=['Generates "hundreds of frames" along long camera trajectories (up to 500 shown in the paper\'s Fig. 1)', "Geometry in the loop: each step re-renders an RGB-D image, so camera motion is explicit", "Trained from monocular video sequences and released with a new aerial coastline dataset (ACID)"],
        cons=["No persistent world: only the current RGB-D frame is kept, so flying back does not return to the same place", "Natural aerial landscapes only", "Needs camera-posed training video; InfiniteNature-Zero later removed this requirement"],
        papers=["liu2021infinitenature"],
        sources=[("arXiv 2012.09855 (abstract, v4 header: authors)", "https://arxiv.org/abs/2012.09855"),
                 ("arXiv 2012.09855 v1 full text (arxiv-vanity copy: render, refine and repeat)", "https://www.arxiv-vanity.com/papers/2012.09855/")],
        checked="2026-12",
        learn=("Infinite Nature — project page", "https://infinite-nature.github.io")),

    dict(
        id="pathdreamer",
        name="Pathdreamer (Google, world model for indoor navigation)",
        short="Pathdreamer",
        family="Spatial3D",
        anim="scene3d",
        date="2021-05",
        added="2026-12",
        tagline="A visual world model for buildings it has never seen: imagine 360° RGB, semantics and depth at unvisited viewpoints to plan a route.",
        simple="Pathdreamer lets a navigation agent 'look ahead' before it moves. From one or more earlier 360° observations it accumulates a 3D point cloud of semantics and depth, projects it to a new viewpoint, and a two-stage model first completes the structure (semantic segmentation and depth), then paints a photorealistic RGB panorama. Where the building is uncertain, such as around corners or in unseen rooms, it samples diverse plausible outcomes. Used for planning in Vision-and-Language Navigation, it gives about half the benefit of looking at the real unseen observations.",
        mapping="previous 360° RGB-D + semantics → accumulated 3D point cloud, reprojected to the new viewpoint → structure generator (semantics + depth, stochastic) → image generator (RGB) → look-ahead planning for VLN",
        math=r"(\hat S_{t},\hat D_{t})\sim G_{\text{struct}}\big(\Pi(\mathcal{P}_{<t},\,\pi_t),\,\mathbf z\big),\quad \hat I_t=G_{\text{img}}\big(\hat S_t,\hat D_t,\,\Pi_{\text{RGB}}(\mathcal{P}_{<t},\pi_t)\big),\quad \mathcal{P}_{\le t}=\mathcal{P}_{<t}\cup\mathrm{unproj}(S_t,D_t,I_t,\pi_t)\ \text{(observed or generated)}",
        when="When an embodied agent needs to imagine unseen parts of a real building to choose where to go.",
        pros=["Generates high-resolution 360° RGB, semantic segmentation and depth in buildings not seen during training", "Stochastic where uncertain, so an agent can sample several outcomes for one trajectory", 'Planning ahead with it "brings about half the benefit of looking ahead at actual observations" in VLN (abstract)'],
        cons=["Indoor Matterport-style buildings only", "Static scenes: no moving objects or dynamics, only what the building looks like from elsewhere", "GAN-era image quality; later diffusion world models (e.g. NWM) generate sharper futures"],
        papers=["koh2021pathdreamer"],
        sources=[("arXiv 2105.08756 (abstract, authors)", "https://arxiv.org/abs/2105.08756"),
                 ("official code README with BibTeX (ICCV 2021); models/pathdreamer_models.py (point-cloud memory, noise z, SPADE image model)", "https://github.com/google-research/pathdreamer"),
                 ("Google Research blog, 22 Sep 2021", "https://research.google/blog/pathdreamer-a-world-model-for-indoor-navigation/")],
        checked="2026-12",
        learn=("Pathdreamer — Google Research blog post", "https://research.google/blog/pathdreamer-a-world-model-for-indoor-navigation/")),

    dict(
        id="infinite-nature-zero",
        name="InfiniteNature-Zero (perpetual views from single photos)",
        short="InfiniteNature-0",
        family="Spatial3D",
        anim="scene3d",
        date="2022-07",
        added="2026-12",
        aliases=["InfNat-0", "InfiniteNature-Zero"],
        tagline="Learns unbounded fly-throughs from a pile of single landscape photos, with no video or camera poses, via cyclic virtual trajectories.",
        simple="InfiniteNature-Zero keeps Infinite Nature's render-and-refine loop but trains it without any video. It samples virtual camera trajectories from a single photo, including cyclic ones that fly out and come back, so the view generated at the end of the loop must match the original photo: a self-supervised target. Adversarial training on long virtual flights keeps the frames realistic. At test time it turns one image into hundreds of new views even though it never saw a video.",
        mapping="single photo → render + refine along a sampled virtual trajectory → cyclic trajectory back to the start (self-supervised loss) → adversarial loss on long virtual flights → fly-through",
        math=r"\hat I_0^{\text{cyc}}=F_\theta^{P_K\to P_0}\circ\dots\circ F_\theta^{P_0\to P_1}(I_0),\qquad \mathcal{L}=\big\lVert \hat I_0^{\text{cyc}}-I_0\big\rVert+\lambda\,\mathcal{L}_{\text{GAN}}\big(\{\hat I_k\}\big)",
        when="When you only have single photos (no posed video) and want long, explorable fly-throughs of natural scenes.",
        pros=['Trained from single photographs only: "without requiring camera poses or even multiple views of each scene"', 'Generates "hundreds of new views" from one image at test time (abstract)', "Code and a checkpoint trained on the LHQ landscape dataset are public"],
        cons=["Still auto-regressive: no persistent world, so revisits are not guaranteed to match", "Natural landscapes only", "Inputs need a disparity map, sky mask and an outpainted image from other models (official README)"],
        papers=["li2022infinitenaturezero"],
        sources=[("arXiv 2207.11148 (abstract)", "https://arxiv.org/abs/2207.11148"),
                 ("official code README with BibTeX (google-research/infinite_nature_zero)", "https://github.com/google-research/google-research/tree/master/infinite_nature_zero")],
        checked="2026-12",
        learn=("InfiniteNature-Zero — project page", "https://infinite-nature-zero.github.io")),

    dict(
        id="persistent-nature",
        name="Persistent Nature (unbounded 3D worlds)",
        short="Persistent Nature",
        family="Spatial3D",
        anim="scene3d",
        date="2023-03",
        added="2026-12",
        tagline="A generative world model of unbounded landscapes whose scene layout persists: fly a loop and you come back to the same view.",
        simple="Instead of predicting the next frame from the last one, Persistent Nature generates the world itself: an extendable, planar grid of scene-layout features plus a panoramic skydome. A 3D decoder and volume rendering turn the grid into images from any camera pose, and the grid can be extended as the camera flies further. Because the world exists independently of the camera, returning to the starting point gives the same view. It is learned from single-view internet photos only.",
        mapping="latent code → extendable planar layout feature grid + skydome → 3D decoder + volume rendering from any camera → adversarial training on single-view photos",
        math=r"C(\mathbf r)=\sum_{i}T_i\big(1-e^{-\sigma_i\delta_i}\big)\mathbf c_i+T_{N}\,\mathrm{sky}(\mathbf d),\quad (\sigma_i,\mathbf c_i)=f_\phi\big(W(x_i,z_i),\,y_i\big),\quad W=G(\mathbf z)\ \text{(extendable layout grid)},\quad \min_{G,f}\max_{D}\mathcal{L}_{\text{GAN}}",
        when="When a generated world must stay the same when revisited, not just look plausible frame by frame.",
        pros=['Persistent, camera-independent world: "returning to the starting point yields the same view of the scene"', "Arbitrarily large camera motion by extending the layout grid", "Learned solely from single-view internet photos (with monocular depth)"],
        cons=["Unconditional landscapes only: no text, image or action conditioning", "A planar layout grid limits complex vertical geometry (the authors add a triplane variant for this)", "GAN-based: lower visual fidelity than later diffusion-based world generators"],
        papers=["chai2023persistentnature"],
        sources=[("arXiv 2303.13515 (ar5iv HTML: abstract, introduction)", "https://ar5iv.labs.arxiv.org/html/2303.13515"),
                 ("project page (CVPR 2023, triplane variant)", "https://chail.github.io/persistent-nature/")],
        checked="2026-12",
        learn=("Persistent Nature — project page", "https://chail.github.io/persistent-nature/")),

    dict(
        id="vmem",
        name="VMem (Surfel-Indexed View Memory)",
        short="VMem",
        family="Spatial3D",
        anim="scene3d",
        date="2025-06",
        added="2026-12",
        aliases=["Surfel-Indexed View Memory"],
        tagline="A geometric memory for scene-exploring video generators: index past views by the 3D surfels they saw, retrieve only the relevant ones.",
        simple="When a user walks a generated scene and comes back, the model must remember what it showed. VMem stores every generated view and a set of surfels (small oriented 3D surface patches) estimated from those views; each surfel records which views observed it. To generate the next views along the user's camera path, it renders the surfels from the new camera, counts which past views they point to, and feeds only the K most frequent ones as context to a multi-view image generator (Stable Virtual Camera). New views are then added to the surfel memory. Revisited places stay consistent at a fraction of the cost of using all past views.",
        mapping="single image + user camera path → surfel memory (each surfel lists the views that saw it) → render surfels at the target pose and retrieve the top-K past views → image-set generator (SEVA) → write new views back",
        math=r"\mathcal{I}_{\text{ret}}=\mathrm{TopK}\Big(\mathrm{count}\big(\mathcal{R}(\mathcal{S}^{(s)},\pi_{\text{new}})\big)\Big),\quad \mathbf x_{\text{new}}\sim p_\theta\big(\cdot\mid \{\mathbf x_i,\pi_i\}_{i\in\mathcal{I}_{\text{ret}}},\,\pi_{\text{new}}\big),\quad \mathcal{S}^{(s+1)}=\mathcal{S}^{(s)}\cup\mathrm{surfels}(\mathbf x_{\text{new}})",
        when="When an explorable generated scene must look the same on revisits without feeding the whole history to the generator.",
        pros=["Retrieves only the past views relevant to the next camera, so context stays small as the walk grows", "Plug-and-play memory for existing image-set generators (built on Stable Virtual Camera, CUT3R, DUSt3R)", "ICCV 2025 highlight; code, model and demo released"],
        cons=["Depends on the quality of the estimated geometry used to build surfels", "Static scenes; no dynamics or agent actions beyond the camera", "Not real-time (HY-World 1.5's comparison table marks it so)"],
        papers=["li2025vmem"],
        sources=[("official README (ICCV 2025 highlight, BibTeX, acknowledgements)", "https://github.com/runjiali-rl/vmem"),
                 ("arXiv 2506.18903 (HTML v3 abstract; liner: Fig. 4 read/write procedure)", "https://arxiv.org/html/2506.18903v3")],
        checked="2026-12",
        learn=("VMem — project page", "https://v-mem.github.io/")),

    # ---------------- Driving ----------------

    dict(
        id="gaia2",
        name="GAIA-2 (Wayve)",
        short="GAIA-2",
        family="Driving",
        anim="drivefutures",
        date="2025-03",
        tagline="Wayve's latent-diffusion driving world model: controllable multi-camera video from ego actions, agents, weather and road layout.",
        simple=("GAIA-1 predicted one camera's future as discrete tokens; GAIA-2 moves to continuous latents and a latent diffusion world model, and renders all surround cameras at once so they agree with each other. You can set the ego car's speed and steering, place and move other road users, change weather, time of day and road layout, or condition on embeddings from Wayve's own driving model, generating common and rare scenarios across the UK, US and Germany."),
        mapping="past multi-camera latents + ego dynamics + agents + weather / road conditions → latent flow-matching world model → future multi-camera video",
        math=r"\mathcal{L}=\mathbb{E}_{\tau,\epsilon}\big\|v_\theta\big(z_\tau,\tau\mid z_{\text{past}},a_{\text{ego}},c_{\text{agents}},c_{\text{env}}\big)-\big(\epsilon-z_{\text{fut}}\big)\big\|^2,\quad z_\tau=(1-\tau)\,z_{\text{fut}}+\tau\,\epsilon",
        when="Generating controllable multi-camera scenarios, including rare and safety-critical ones, to train and test driving stacks.",
        pros=["Spatially and temporally consistent multi-camera output", "Rich structured control: ego actions, agents, weather, time of day, road semantics", "Trained across three countries (UK, US, Germany)"],
        cons=["Closed: no code or weights released", "Camera video only: no LiDAR or explicit 3D state", "Conditioning on a proprietary driving model's embeddings cannot be reproduced outside Wayve"],
        papers=["russell2025gaia2"],
        sources=[("arXiv 2503.20523", "https://arxiv.org/abs/2503.20523"),
                 ("arXiv HTML v1", "https://arxiv.org/html/2503.20523v1")],
        checked="2026-12",
        learn=("GAIA-2 — Wayve blog", "https://wayve.ai/thinking/gaia-2")),

    dict(
        id="unisim-waabi",
        name="UniSim (Waabi)",
        short="UniSim (Waabi)",
        family="Driving",
        anim="wmeval",
        date="2023-06",
        tagline="A neural closed-loop sensor simulator: one recorded drive becomes an editable digital twin rendering camera and LiDAR.",
        simple=("Testing a self-driving car on logged data is 'open loop': if the car would have braked earlier, the "
                "log cannot show what happens next. UniSim (from Waabi, not the Google/Berkeley UniSim) rebuilds a "
                "recorded drive as neural feature grids, one for the static background and one per moving actor, and "
                "composites them to render new camera images and LiDAR sweeps from new viewpoints, with actors added, "
                "removed or moved. The autonomy stack then drives inside this digital twin and reacts in closed loop."),
        mapping="one recorded log → neural feature grids (background + actors) → composite and volume-render features → CNN → new camera and LiDAR for the autonomy stack",
        math=r"\mathbf{f}(\mathbf{r})=\sum_i T_i\,\alpha_i\,\mathbf{f}_i,\;\; T_i=\prod_{j<i}(1-\alpha_j),\quad I=g_\psi\big(\{\mathbf{f}(\mathbf{r})\}_{\mathbf{r}}\big),\quad \mathcal{L}=\mathcal{L}_{\text{rgb}}+\lambda\,\mathcal{L}_{\text{lidar}}+\dots",
        when="Closed-loop, safety-critical scenario testing of an autonomy stack built from real driving logs.",
        pros=["Closed-loop evaluation on realistic data built from real logs", "Simulates both camera and LiDAR", "Scene editing: add, remove or re-route actors and the ego vehicle"],
        cons=["One reconstruction per recorded log: it edits real scenes, it cannot invent new places", "Views far from the recorded path need learned priors and a CNN to fill unseen regions", "A sensor simulator only: actor behaviour must come from a separate scenario model"],
        papers=["yang2023unisim"],
        sources=[("arXiv 2308.01898", "https://arxiv.org/abs/2308.01898")],
        checked="2026-11",
        learn=("UniSim — Waabi research page", "https://waabi.ai/research/unisim/")),

    dict(
        id="drivedreamer",
        name="DriveDreamer",
        short="DriveDreamer",
        family="Driving",
        anim="drivefutures",
        date="2023-09",
        tagline="A world model learned from real driving: diffusion learns traffic structure from HD maps and 3D boxes, then predicts the future.",
        simple=("Early world models lived in games and simulators; DriveDreamer was built entirely from real nuScenes "
                "driving. It trains in two stages: first a diffusion model learns to draw driving scenes that obey "
                "structured conditions (HD map, 3D boxes, text such as 'rainy' or 'night'); then it learns to predict "
                "how the scene evolves under driving actions, and can propose future actions itself."),
        mapping="HD map + 3D boxes + text + past frames + actions → conditioned video diffusion → future driving video (+ predicted actions)",
        math=r"\mathcal{L}=\mathbb{E}_{t,\epsilon}\big\|\epsilon-\epsilon_\theta\big(z_t,\,t\mid c_{\text{map}},c_{\text{box}},c_{\text{text}},x_{\text{past}},a\big)\big\|^2",
        when="Controllable driving-video generation and future prediction grounded in a structured traffic layout.",
        pros=["Trained entirely on real-world driving data (nuScenes)", "Precise structural control through HD maps and 3D boxes", "Generates both future video and driving actions"],
        cons=["Needs HD-map and 3D-box annotations to control it", "Trained on a single dataset (nuScenes)", "Later models such as Vista report much better FID/FVD"],
        papers=["wang2024drivedreamer"],
        sources=[("arXiv 2309.09777", "https://arxiv.org/abs/2309.09777"),
                 ("official code", "https://github.com/JeffWang987/DriveDreamer")],
        checked="2026-12",
        learn=("DriveDreamer — project page", "https://drivedreamer.github.io/")),

    dict(
        id="vista",
        name="Vista",
        short="Vista",
        family="Driving",
        anim="drivefutures",
        date="2024-05",
        tagline="A generalizable driving world model on Stable Video Diffusion: high-res long rollouts, four action formats, a built-in reward.",
        simple=("Vista fine-tunes Stable Video Diffusion on large-scale driving video. Two extra losses keep it "
                "sharp: one up-weights moving regions so cars and pedestrians move plausibly, one preserves "
                "high-frequency structure such as lane lines. Small LoRA adapters then let it follow several action "
                "formats (steering and speed, trajectories, commands, goal points), and the model's own uncertainty "
                "about a future serves as a reward for judging actions."),
        mapping="3 past frames + action (steer / speed, trajectory, command, goal point) → SVD-based latent diffusion → future frames → long autoregressive rollout or uncertainty reward",
        math=r"\mathcal{L}=\mathbb{E}\Big[w\odot\big\|D_\theta(x+n;\sigma,c)-x\big\|^2\Big]+\lambda\,\big\|\mathcal{H}\big(D_\theta(x+n;\sigma,c)\big)-\mathcal{H}(x)\big\|^2\quad(w:\text{ dynamics weights},\;\mathcal{H}:\text{ high-pass filter})",
        when="Open, high-fidelity driving-future prediction that generalises to unseen datasets and accepts many action types.",
        pros=["About 55% better FID and 27% better FVD than the best prior driving world model", "576×1024 at 10 Hz, with long-horizon rollouts", "Open code and weights; an action reward that needs no ground-truth actions"],
        cons=["Front camera only, no multi-view", "Diffusion sampling at this resolution is expensive for closed-loop use", "Action formats are used one at a time, not jointly"],
        papers=["gao2024vista"],
        sources=[("arXiv 2405.17398", "https://arxiv.org/abs/2405.17398"),
                 ("arXiv HTML v5", "https://arxiv.org/html/2405.17398v5"),
                 ("model weights", "https://huggingface.co/OpenDriveLab/Vista")],
        checked="2026-12",
        learn=("Vista — official repo", "https://github.com/OpenDriveLab/Vista")),

    dict(
        id="occworld",
        name="OccWorld",
        short="OccWorld",
        family="Driving",
        anim="tokenfilm",
        date="2023-11",
        tagline="A GPT-style world model in 3D occupancy space: predicts how the voxel scene and the ego car's path evolve together.",
        simple=("Instead of pixels or object boxes, OccWorld describes the world as 3D semantic occupancy: which "
                "voxels hold road, car, pedestrian and so on. A VQ tokenizer squeezes each occupancy scene into "
                "discrete tokens; a GPT-like spatial-temporal transformer then predicts the next scene tokens and the "
                "ego-car token together. Decoding gives future occupancy and a planned trajectory, learned without "
                "instance boxes or HD maps."),
        mapping="3D occupancy → VQ scene tokens + ego token → spatial-temporal GPT → future occupancy + ego trajectory",
        math=r"\max_\theta\;\sum_t\log p_\theta\big(z_{t+1},\,e_{t+1}\mid z_{\le t},\,e_{\le t}\big)\quad(z=\text{occupancy scene tokens},\;e=\text{ego-motion token})",
        when="Joint 4D occupancy forecasting and planning with an interpretable 3D representation.",
        pros=["Fine-grained 3D structure that can come from cameras or LiDAR", "Competitive planning without instance or map supervision", "Works with self-supervised, LiDAR-collected or machine-annotated occupancy"],
        cons=["Needs dense 3D occupancy labels or a model that produces them", "Cannot foresee vehicles that are not yet visible in the input (noted by the authors)", "Voxels carry semantics but no appearance"],
        papers=["zheng2024occworld"],
        sources=[("arXiv 2311.16038", "https://arxiv.org/abs/2311.16038"),
                 ("project page", "https://wzzheng.net/OccWorld/")],
        checked="2026-11",
        learn=("OccWorld — official repo", "https://github.com/wzzheng/OccWorld")),

    dict(
        id="copilot4d",
        name="Copilot4D (Waabi)",
        short="Copilot4D",
        family="Driving",
        anim="tokenfilm",
        anim_params=dict(per_step=4),
        date="2023-11",
        tagline="Unsupervised LiDAR world model: tokenize point clouds into BEV tokens with a VQ-VAE, predict the future by discrete diffusion.",
        simple=("Copilot4D learns how the 3D world evolves from raw LiDAR, with no labels. A VQ-VAE-like tokenizer "
                "turns each sweep into discrete bird's-eye-view tokens, decoded back through differentiable depth "
                "rendering. The world model predicts future tokens with discrete diffusion (MaskGIT recast as a "
                "diffusion process), so a whole frame is decoded in parallel in a few steps instead of token by "
                "token."),
        mapping="LiDAR sweeps → BEV VQ tokens → discrete diffusion conditioned on past tokens + ego motion → future tokens → rendered future point clouds",
        math=r"\mathcal{L}=-\,\mathbb{E}_{t,\,\tilde x_t}\sum_{i\in\text{corrupted}}\log p_\theta\big(x_0^{(i)}\mid \tilde x_t,\;x_{\text{past}},\;a\big)",
        when="Self-supervised 3D future prediction for driving from LiDAR alone.",
        pros=["Cuts prior SOTA Chamfer distance by more than 65% (1 s) and more than 50% (3 s)", "Shown on nuScenes, KITTI Odometry and Argoverse2", "Fully unsupervised: needs no labels"],
        cons=["LiDAR only: no camera appearance", "Predicts geometry, not semantics or a driving policy", "Fine detail is capped by the VQ tokenizer"],
        papers=["zhang2024copilot4d"],
        sources=[("arXiv 2311.01017", "https://arxiv.org/abs/2311.01017")],
        checked="2026-11",
        learn=("Copilot4D — Waabi", "https://waabi.ai/copilot-4d/")),

    dict(
        id="gem",
        name="GEM (Ego-Vision World Model)",
        short="GEM",
        family="Driving",
        anim="drivefutures",
        date="2024-12",
        tagline="A generalizable ego-vision world model: controls ego motion, moves objects and human poses, outputs paired RGB and depth.",
        simple=("GEM builds on Vista but widens both the data and the controls. Trained on more than 4,000 hours of "
                "driving, egocentric human and drone video with pseudo-labelled depth, trajectories and human poses, "
                "it predicts future frames from reference frames plus sparse controls: an ego trajectory, object "
                "features dragged to new places, or human skeletons. It outputs depth alongside RGB and uses an "
                "autoregressive noise schedule for stable long generations."),
        mapping="reference frames + ego trajectory + object features + human poses → SVD / Vista-based diffusion over RGB and depth → autoregressive noise schedule → long future video",
        math=r"\mathcal{L}=\mathbb{E}\big\|D_\theta\big([x;d]+n;\,\sigma_{1:T},\,c_{\text{traj}},c_{\text{obj}},c_{\text{pose}}\big)-[x;d]\big\|^2\quad(\sigma_{1:T}:\text{ per-frame noise levels})",
        when="Fine-grained controllable ego-centric prediction across driving, human egocentric and drone footage.",
        pros=["Object-level and human-pose control, not just ego motion", "Paired RGB and depth output", "Open code and weights; new COM metric for object-manipulation control"],
        cons=["Depth, trajectories and poses used for training are pseudo-labels", "Controls are sparse cues, not a full 3D scene state", "Inherits the heavy diffusion sampling cost of its SVD/Vista base"],
        papers=["hassan2025gem"],
        sources=[("arXiv 2412.11198", "https://arxiv.org/abs/2412.11198"),
                 ("official code", "https://github.com/vita-epfl/GEM")],
        checked="2026-12",
        learn=("GEM — project page", "https://vita-epfl.github.io/GEM.github.io/")),

    dict(
        id="mile",
        name="MILE (Model-Based Imitation Learning)",
        short="MILE",
        family="Driving",
        anim="latentroll",
        date="2022-10",
        tagline="Wayve's camera-only RSSM world model and driving policy, learned offline from expert drives; can drive from imagined plans.",
        simple=("MILE learns a world model and a driving policy together from recorded expert driving in CARLA, with "
                "no rewards and no online interaction. Camera images are lifted to a bird's-eye view using 3D "
                "geometry and compressed into a compact latent state; a recurrent state-space model learns how that "
                "state evolves, and heads decode BEV semantic maps and the expert's actions. Because the dynamics are "
                "learned, it can roll the future forward in imagination and still drive from those imagined plans."),
        mapping="cameras → 3D lift to bird's-eye view → RSSM latent (h_t, s_t) → decode BEV segmentation + action → imagined rollouts",
        math=r"\mathcal{L}=\sum_t\Big[-\log p(y_t\mid h_t,s_t)-\log p(a_t\mid h_t,s_t)+\mathrm{KL}\big(q(s_t\mid h_t,a_{t-1},o_t)\,\|\,p(s_t\mid h_t,a_{t-1})\big)\Big]",
        when="Offline, camera-only end-to-end driving where you want an interpretable, predictive latent state.",
        pros=["+31% driving score over prior state of the art in a new CARLA town and new weather", "Camera-only, yet models static scene, dynamic scene and ego behaviour", "Trained fully offline; code and weights released"],
        cons=["Evaluated in the CARLA simulator, not on real roads", "Needs BEV semantic segmentation labels as supervision", "The compact latent trades away visual detail"],
        papers=["hu2022mile"],
        sources=[("arXiv 2210.07729", "https://arxiv.org/abs/2210.07729")],
        checked="2026-11",
        learn=("MILE — official code", "https://github.com/wayveai/mile")),

    dict(
        id="drive-wm",
        name="Drive-WM",
        short="Drive-WM",
        family="Driving",
        anim="drivefutures",
        date="2023-11",
        tagline="A multiview driving world model for planning: imagine each maneuver's future, keep the one with the best image reward.",
        simple=("Drive-WM generates consistent video for all surround cameras together. It factorises the joint "
                "multi-view problem: some views are generated first and the views in between are predicted from their "
                "neighbours, which keeps cameras consistent. Conditioned on ego actions, the car can 'drive into "
                "multiple futures', one imagined video per candidate maneuver, and an image-based reward picks the "
                "safest trajectory, for example when the car has drifted off the lane centre."),
        mapping="past multi-view frames + layout / ego action → joint spatial-temporal latent diffusion with view factorisation → future multi-view video per candidate trajectory → image-based reward → choose trajectory",
        math=r"p\big(x^{1:K}_{1:T}\big)=p\big(x^{\text{ref}}_{1:T}\big)\,p\big(x^{\text{mid}}_{1:T}\mid x^{\text{ref}}_{1:T}\big),\qquad \tau^{*}=\arg\max_{\tau\in\{\tau_m\}}R\big(\hat x_{1:T}(\tau)\big),\;\;\hat x(\tau)\sim p_\theta(\cdot\mid x_{\le 0},\tau)",
        when="Planning with a generative multi-camera world model, or generating consistent surround-view driving video.",
        pros=["Multi-view, temporally consistent video through view factorisation", "Presented as the first driving world model compatible with end-to-end planners", "Imagined futures with image-based rewards make planning safer in out-of-distribution states"],
        cons=["Many diffusion rollouts per decision: far from real time", "Trained and evaluated on nuScenes", "Model weights listed as not yet released in the repository README"],
        papers=["wang2024drivewm"],
        sources=[("arXiv 2311.17918", "https://arxiv.org/abs/2311.17918"),
                 ("official code", "https://github.com/BraveGroup/Drive-WM")],
        checked="2026-12",
        learn=("Drive-WM — project page", "https://drive-wm.github.io/")),

    dict(
        id="magicdrive",
        name="MagicDrive",
        short="MagicDrive",
        family="Driving",
        anim="drivefutures",
        date="2023-10",
        tagline="Multi-camera street-view generation controlled by camera poses, road map, 3D boxes and text, kept consistent by cross-view attention.",
        simple=("MagicDrive is a controllable generator of surround-view street images and videos. Instead of squeezing "
                "everything into a bird's-eye-view map, which loses height, it encodes each control separately: camera "
                "poses, the road map, 3D bounding boxes and a text description of weather or time of day. A cross-view "
                "attention module makes neighbouring cameras agree. The synthetic data it produces helps train 3D "
                "perception such as BEV segmentation and 3D object detection."),
        mapping="camera poses + BEV road map + 3D boxes + text → separate condition encoders → latent diffusion with cross-view attention → consistent multi-camera street views → training data for 3D perception",
        math=r"\mathcal{L}=\mathbb{E}_{t,\epsilon}\big\|\epsilon-\epsilon_\theta\big(z^{1:K}_t,t\mid c_{\text{cam}},c_{\text{map}},c_{\text{box}},c_{\text{text}}\big)\big\|^2,\qquad h^{v}\leftarrow h^{v}+\mathrm{Attn}\big(h^{v},[h^{v-1};h^{v+1}]\big)",
        when="Generating controllable multi-camera driving data to augment 3D perception training.",
        pros=["Precise 3D control, including object height and occlusion, through 3D boxes", "Cross-view attention keeps surround cameras consistent", "Generated data improves BEV segmentation and 3D detection (per the paper)"],
        cons=["A controllable scene generator, not an action-conditioned predictor", "Needs 3D box and map annotations as input", "Trained on nuScenes"],
        papers=["gao2024magicdrive"],
        sources=[("arXiv 2310.02601", "https://arxiv.org/abs/2310.02601"),
                 ("official code", "https://github.com/cure-lab/MagicDrive")],
        checked="2026-12",
        learn=("MagicDrive — project page", "https://flymin.github.io/magicdrive")),

    dict(
        id="drivedreamer2",
        name="DriveDreamer-2",
        short="DriveDreamer-2",
        family="Driving",
        anim="drivefutures",
        date="2024-03",
        tagline="An LLM turns a text request into agent trajectories and an HD map; a unified multi-view model then renders the customised driving video.",
        simple=("DriveDreamer-2 extends DriveDreamer so that a user can simply type 'on a rainy day, a car suddenly cuts "
                "in'. A fine-tuned LLM converts the request into agent trajectories through a library of trajectory "
                "functions; a diffusion model then draws a matching HD map that follows traffic rules; finally a Unified "
                "Multi-View Model generates surround-view video that is consistent across cameras and time. Rare, "
                "safety-relevant scenarios come on demand, and the videos help train 3D detection and tracking."),
        mapping="user text query → fine-tuned LLM → agent trajectories → HD-map generator (diffusion) → Unified Multi-View video model → surround-view driving video",
        math=r"\tau=\mathrm{LLM}(q),\quad M\sim p_\psi(M\mid\tau),\quad \mathcal{L}=\mathbb{E}_{t,\epsilon}\big\|\epsilon-\epsilon_\theta\big(z^{1:K,1:T}_t,t\mid\tau,M,y\big)\big\|^2",
        when="Generating customised, rare driving scenarios from natural-language descriptions.",
        pros=["Text-to-scenario interface: no hand-made boxes or maps needed", "FID 11.2 and FVD 55.7, about 30% and 50% better than prior methods (per the paper)", "Generated videos improve 3D detection and tracking training"],
        cons=["Scenarios limited to the LLM's trajectory-function library", "Trained on nuScenes", "Only inference code and video-generation weights are released (Dec 2024); the training code is still marked 'will be released soon'"],
        papers=["zhao2024drivedreamer2"],
        sources=[("arXiv 2403.06845", "https://arxiv.org/abs/2403.06845"),
                 ("official code", "https://github.com/f1yfisher/DriveDreamer2")],
        checked="2026-12",
        learn=("DriveDreamer-2 — project page", "https://drivedreamer2.github.io/")),

    dict(
        id="genad",
        name="GenAD (Generalized Predictive Model)",
        short="GenAD",
        family="Driving",
        anim="drivefutures",
        date="2024-03",
        tagline="A large-scale driving video predictor: 2,000+ hours of web driving video and temporal reasoning blocks on a latent diffusion model.",
        simple=("GenAD collects more than 2,000 hours of driving videos from the web, spanning many countries, weather "
                "and traffic, and pairs them with text descriptions (the OpenDV-2K dataset). A latent diffusion image "
                "model (SDXL) is first adapted to driving images, then given temporal reasoning blocks (causal temporal "
                "attention, and decoupled spatial attention for large ego-motion) to predict future frames. It "
                "generalises zero-shot to unseen datasets and can be adapted into an action-conditioned predictor or a "
                "motion planner. (Not the GenAD end-to-end planner of ECCV 2024.)"),
        mapping="2,000+ h web driving video + text → SDXL adapted to driving images → temporal reasoning blocks (causal temporal + decoupled spatial attention) → future frames → optional action-conditioned / planning heads",
        math=r"\mathcal{L}=\mathbb{E}_{t,\epsilon}\big\|\epsilon-\epsilon_\theta\big(z^{1:T}_t,t\mid z^{\text{past}},y\big)\big\|^2,\qquad \mathrm{Attn}_{\text{temp}}:\;\text{frame }i\text{ attends only to frames }j\le i",
        when="Zero-shot driving-future prediction across datasets, or pretraining a driving world model or planner.",
        pros=["Largest public driving video dataset at release (OpenDV-2K, per the paper)", "Zero-shot generalisation to unseen driving datasets", "Adapts to action-conditioned prediction and motion planning"],
        cons=["Web video has no ego actions, so action control needs extra adaptation", "Single front camera", "Diffusion sampling is slow for closed-loop use"],
        papers=["yang2024genad"],
        sources=[("arXiv 2403.09630", "https://arxiv.org/abs/2403.09630"),
                 ("CVPR 2024 BibTeX in the Vista repo", "https://github.com/OpenDriveLab/Vista")],
        checked="2026-12",
        learn=("GenAD / OpenDV dataset — OpenDriveLab DriveAGI repo", "https://github.com/OpenDriveLab/DriveAGI")),

    dict(
        id="occsora",
        name="OccSora",
        short="OccSora",
        family="Driving",
        anim="drivefutures",
        date="2024-05",
        tagline="A diffusion transformer over compressed 4D occupancy tokens generates 16-second, trajectory-conditioned 3D scene evolutions.",
        simple=("Autoregressive occupancy world models such as OccWorld predict one step at a time, which is inefficient "
                "over long horizons. OccSora instead compresses a whole 4D occupancy sequence (3D semantic voxels over "
                "time) into compact spatio-temporal tokens with a 4D scene tokenizer, and trains a diffusion transformer "
                "to generate those tokens conditioned on the ego trajectory. Decoding gives 16-second occupancy videos "
                "with plausible 3D layout: a step toward a world simulator for driving decisions."),
        mapping="4D occupancy sequence → 4D scene tokenizer (compact spatio-temporal tokens) → diffusion transformer conditioned on the ego trajectory → decode → 16 s of 4D occupancy",
        math=r"z_{1:T}=E_\phi(o_{1:T}),\quad \mathcal{L}=\mathbb{E}_{t,\epsilon}\big\|\epsilon-\epsilon_\theta\big(z_t,t\mid\tau_{\text{ego}}\big)\big\|^2,\quad \hat o_{1:T}=D_\phi(\hat z_0)",
        when="Long-horizon, trajectory-controllable generation of 3D occupancy scenes.",
        pros=["Generates 16-second 4D occupancy sequences", "Whole-sequence diffusion instead of token-by-token autoregression", "Trajectory-conditioned, so it can act as a simulator for decisions"],
        cons=["Occupancy only: no appearance or raw sensor data", "Strong 4D compression limits fine detail", "Evaluated on nuScenes with Occ3D labels only"],
        papers=["wang2026occsora"],
        sources=[("arXiv 2405.20337", "https://arxiv.org/abs/2405.20337"),
                 ("official code", "https://github.com/wzzheng/OccSora")],
        checked="2026-12",
        learn=("OccSora — project page", "https://wzzheng.net/OccSora")),

    dict(
        id="think2drive",
        name="Think2Drive",
        short="Think2Drive",
        family="Driving",
        anim="dream",
        date="2024-02",
        tagline="Model-based RL inside a compact latent world model (DreamerV3-style) yields an expert-level planner for the CARLA v2 scenarios.",
        simple=("CARLA Leaderboard v2 added 39 tricky driving scenarios that rule-based planners could not handle. "
                "Think2Drive learns a compact latent world model of the driving environment from a low-dimensional "
                "state and trains the planner inside it, using the world model as a neural simulator, in the style of "
                "DreamerV3. Imagined rollouts are cheap and parallel, so the agent reaches expert-level driving within "
                "about 3 days on a single A6000 GPU. The authors also release CornerCaseRepo, a scenario-wise "
                "benchmark, and a balanced driving metric."),
        mapping="low-dimensional simulator state → latent world model (RSSM) → imagined rollouts → actor-critic planner update → drive in CARLA v2",
        math=r"\mathcal{L}_{\text{WM}}=\mathbb{E}\Big[{\textstyle\sum_t}-\log p_\theta(s_t\mid h_t,z_t)-\log p_\theta(r_t\mid h_t,z_t)+\beta\,\mathrm{KL}\big(q_\theta(z_t\mid h_t,s_t)\,\|\,p_\theta(z_t\mid h_t)\big)\Big],\qquad \max_\pi\;\mathbb{E}_{\text{imagined}}\Big[{\textstyle\sum_t}\gamma^t r_t\Big]",
        when="Training a driving planner by RL when a simulator exists but is too slow to learn in directly.",
        pros=["First reported 100% route completion on CARLA v2 scenarios (per the paper)", "Expert-level within about 3 days on one A6000 GPU", "Adds the CornerCaseRepo benchmark and a balanced metric"],
        cons=["Learns from a low-dimensional simulator state, not raw cameras", "CARLA only: no real-world driving", "Relies on simulator access for data and resets"],
        papers=["li2024think2drive"],
        sources=[("arXiv 2402.16720", "https://arxiv.org/abs/2402.16720"),
                 ("ECCV 2024 paper page (ECVA)", "https://ecva.net/papers/eccv_2024/papers_ECCV/html/6129_ECCV_2024_paper.php")],
        checked="2026-12",
        learn=("Think2Drive / CornerCaseRepo — project page", "https://thinklab-sjtu.github.io/CornerCaseRepo")),

    dict(
        id="cosmos-drive-dreams",
        name="Cosmos-Drive-Dreams (NVIDIA)",
        short="Cosmos-DriveDreams",
        family="Driving",
        anim="denoise",
        date="2025-06",
        tagline="A synthetic driving-data pipeline on NVIDIA Cosmos: structured labels → controllable video → multi-view expansion → VLM filtering.",
        simple=("Cosmos-Drive-Dreams turns driving labels into many realistic videos of hard conditions. From HD maps, "
                "3D boxes or LiDAR depth (taken from a dataset, or auto-annotated from in-the-wild video) it renders "
                "condition videos, has an LLM rewrite the caption to vary weather and time of day, generates a "
                "front-view video with a driving-specialised Cosmos-Transfer1 model, expands it to several cameras and "
                "filters out bad samples with a vision-language model. NVIDIA released the models, toolkits and 81,802 "
                "synthetic clips."),
        mapping="HD map + 3D boxes / LiDAR depth → rendered condition videos + LLM-rewritten prompts → Cosmos-Transfer1-AV front-view video → single-to-multi-view expansion → VLM rejection sampling → synthetic AV data",
        math=r"x^{\text{front}}\sim p_{\text{Transfer}}\big(\cdot\mid c_{\text{map/box/LiDAR}},\tilde y\big),\;\tilde y\sim\mathrm{LLM}(\cdot\mid y),\quad x^{1:K}\sim p_{\text{S2M}}\big(\cdot\mid x^{\text{front}},c^{1:K}\big),\quad \text{keep }x^{1:K}\iff\mathrm{VLM}(x^{1:K})=\text{pass}",
        when="Scaling autonomous-driving training data for rare conditions (rain, snow, fog, night) from existing labels.",
        pros=["Open models, toolkits and an 81,802-clip synthetic dataset", "Structured controls (HD map, boxes, LiDAR) keep layouts faithful to the labels", "Multi-view expansion and VLM filtering built into the pipeline"],
        cons=["A data generator, not an action-conditioned closed-loop simulator", "Chains several 7B models: heavy compute per clip", "Output quality depends on label or auto-annotation quality"],
        papers=["ren2025cosmosdrivedreams"],
        sources=[("arXiv 2506.09042", "https://arxiv.org/abs/2506.09042"),
                 ("Cosmos-Transfer1-7B-Sample-AV model card", "https://huggingface.co/nvidia/Cosmos-Transfer1-7B-Sample-AV")],
        checked="2026-11",
        learn=("Cosmos-Drive-Dreams — official repo", "https://github.com/nv-tlabs/Cosmos-Drive-Dreams")),

    dict(
        id="epona",
        name="Epona",
        short="Epona",
        family="Driving",
        anim="drivefutures",
        date="2025-06",
        tagline="Autoregressive diffusion world model: two diffusion transformers predict the next frame and the ego trajectory, for minutes.",
        simple=("Video diffusion models generate fixed-length clips; GPT-style models extend flexibly but lose quality "
                "through tokenisation. Epona combines the two: a multimodal spatiotemporal transformer summarises past "
                "frames and poses, then one diffusion transformer plans the future trajectory and another generates the "
                "next camera frame. A 'chain-of-forward' training strategy, which feeds the model its own predictions, "
                "limits error accumulation, so rollouts last minutes and the model doubles as a real-time planner."),
        mapping="past frames + poses → multimodal spatiotemporal transformer → TrajDiT: future ego trajectory; VisDiT: next frame → append and repeat (chain-of-forward training)",
        math=r"h_T=\mathrm{MST}(x_{\le T},a_{\le T}),\quad a_{T+1:T+N}\sim\pi_\theta(\cdot\mid h_T)\;(\text{TrajDiT}),\quad x_{T+1}\sim p_\theta(\cdot\mid h_T,a_{T+1})\;(\text{VisDiT})",
        when="Long-horizon driving video prediction together with trajectory planning in one model.",
        pros=["7.4% better FVD than prior work and minutes-long prediction (per the paper)", "Real-time motion planner that outperformed strong end-to-end planners on NAVSIM", "Open code; ICCV 2025"],
        cons=["Single front camera", "2.5B parameters in total: heavy for onboard use", "Long rollouts still accumulate error despite chain-of-forward training"],
        papers=["zhang2025epona"],
        sources=[("arXiv 2506.24113", "https://arxiv.org/abs/2506.24113"),
                 ("arXiv HTML v1", "https://arxiv.org/html/2506.24113v1"),
                 ("official code", "https://github.com/Kevin-thu/Epona")],
        checked="2026-12",
        learn=("Epona — project page", "https://kevin-thu.github.io/Epona")),


    # ---- Driving: added 2026-12 ----

    dict(
        id="drivegan",
        name="DriveGAN (NVIDIA, neural driving simulator)",
        short="DriveGAN",
        family="Driving",
        anim="latentroll",
        date="2021-04",
        added="2026-12",
        tagline="A GAN-era neural driving simulator: a VAE-GAN latent space plus an action-driven recurrent dynamics engine, steerable and editable.",
        simple="DriveGAN learns a driving simulator only from video and the car's own speed and turning rate. First a StyleGAN-based VAE-GAN learns to squeeze each frame into a latent code split into 'theme' (weather, background colour) and 'content' (the spatial layout). Then a recurrent dynamics engine learns how those codes change given the action, and the decoder draws the next frame. Because everything is differentiable, it can also recover the actions behind a real video and replay that drive with different actions, objects or weather.",
        mapping="frame → VAE-GAN encoder (theme + content codes) → action-conditioned ConvLSTM/LSTM dynamics engine → StyleGAN decoder → next frame, rolled out autoregressively",
        math=r"z_t=\xi(x_t)=\{z^{\text{theme}}_t,z^{\text{content}}_t\},\quad z_{t+1}=\mathrm{DE}_\theta(z_t,a_t),\quad \mathcal{L}_{\text{DE}}=\mathcal{L}_{\text{adv}}+\mathcal{L}_{\text{latent}}+\mathcal{L}_{\text{action}}+\mathcal{L}_{\text{KL}}",
        when="Learning an editable, action-controllable driving simulator directly from logged video and odometry, without annotations.",
        pros=["Needs only frames plus speed and angular velocity: no boxes, maps or labels", "Lower FVD than World Models, SAVP and GameGAN on Carla and real driving data (Table 1: 518.0 vs 801.0 for GameGAN on RWD)", "Differentiable: recovers a real video's actions and re-simulates it with other actions, objects or weather"],
        cons=["256×256 single front camera, trained on 32-step sequences", "GameGAN still had lower FVD on the Gibson indoor data (311.4 vs 360.0)", "Two-stage training (VAE-GAN latent space first, then the adversarial dynamics engine)"],
        papers=["kim2021drivegan"],
        sources=[("arXiv 2104.15060", "https://arxiv.org/abs/2104.15060"),
                 ("official code + BibTeX (CVPR 2021)", "https://github.com/nv-tlabs/DriveGAN_code"),
                 ("project page", "https://research.nvidia.com/labs/toronto-ai/DriveGAN")],
        checked="2026-12",
        learn=("DriveGAN — NVIDIA project page", "https://research.nvidia.com/labs/toronto-ai/DriveGAN")),

    dict(
        id="law",
        name="LAW (Latent World Model for end-to-end driving)",
        short="LAW",
        family="Driving",
        anim="drivefutures",
        date="2024-06",
        added="2026-12",
        aliases=["LAtent World model"],
        tagline="A self-supervised latent world model for end-to-end planners: predict next-frame scene features from current features and the plan.",
        simple="An end-to-end driving planner turns camera images into scene features and then waypoints. LAW adds a small world model on top: from the current features and the ego trajectory the planner just predicted, it forecasts the scene features of the next frame, and the real next frame's features supervise that forecast. No labels are needed, so the planner learns richer features; it works both with perception-free and perception-based (BEV) planners.",
        mapping="camera images → encoder → visual latents → waypoint decoder; latents + waypoints → latent world model → predicted next-frame latents ↔ encoder latents of the real next frame",
        math=r"\hat z_{t+1}=W_\phi\big(z_t,\,e(\hat\tau_t)\big),\qquad \mathcal{L}=\mathcal{L}_{\text{traj}}+\lambda\,\ell\big(\hat z_{t+1},\,z_{t+1}\big)\quad(z=\text{scene latents},\;\hat\tau=\text{planned waypoints})",
        when="Improving an end-to-end planner's scene features without extra annotation, on nuScenes, NAVSIM or CARLA.",
        pros=["Self-supervised: the future frame's own features are the target, no perception labels", "Plugs into perception-free and perception-based (BEV) frameworks alike", "README result (perception-free, nuScenes): average L2 0.62 m and average collision rate 0.21%"],
        cons=["The world model is an auxiliary training signal, not a simulator you can roll out or render", "Predicts one step ahead (next-frame latents); no long-horizon imagination", "Its targets are its own encoder's latents, so what is worth predicting is defined by that encoder"],
        papers=["li2025law"],
        sources=[("arXiv 2406.08481 (abstract, Figure 1)", "https://arxiv.org/abs/2406.08481"),
                 ("official repo README (ICLR 2025, results table)", "https://github.com/BraveGroup/LAW")],
        checked="2026-12",
        learn=("LAW — official repo", "https://github.com/BraveGroup/LAW")),

    dict(
        id="doe-1",
        name="Doe-1 (closed-loop large driving world model)",
        short="Doe-1",
        family="Driving",
        anim="tokenfilm",
        date="2024-12",
        added="2026-12",
        tagline="Driving as next-token generation: one multimodal transformer predicts scene text, action tokens and the next RGB frame, closing the loop.",
        simple="Doe-1 turns every driving step into three kinds of tokens: image tokens for what the camera sees, free-form text describing the scene (perception), and position-aware action tokens (planning). One transformer generates them in turn: observation to description, description to action, action to the next observation. Prompted differently, the same model answers questions, generates action-conditioned video and plans motion.",
        mapping="RGB frame → image tokens → scene description (text) → action tokens → next-frame image tokens → repeat (closed loop)",
        math=r"p_\theta\big(o_{1:T},d_{1:T},a_{1:T}\big)=\prod_t p_\theta(d_t\mid h_t,o_t)\;p_\theta(a_t\mid h_t,o_t,d_t)\;p_\theta(o_{t+1}\mid h_t,o_t,d_t,a_t)\quad(h_t=\text{history})",
        when="Studying a single generative model that does perception, prediction and planning for driving through prompting.",
        pros=["One model covers visual question answering, action-conditioned video generation and motion planning without task-specific fine-tuning (README)", "Prediction happens directly in RGB image tokens, so rollouts are inspectable", "Code and weights released"],
        cons=["Experiments only on nuScenes (abstract)", "Discrete image tokens (Chameleon VQ tokenizer, via Lumina-mGPT) limit visual fidelity", "'Closed loop' feeds the model its own predicted frames; it is not a reactive traffic simulator"],
        papers=["zheng2024doe1"],
        sources=[("arXiv 2412.09627 (abstract, Figure 1 caption)", "https://arxiv.org/abs/2412.09627"),
                 ("official repo README (BibTeX, Lumina-mGPT/Chameleon base)", "https://github.com/wzzheng/Doe"),
                 ("authors' Large Driving Model roadmap", "https://github.com/wzzheng/LDM")],
        checked="2026-12",
        learn=("Doe-1 — project page", "https://wzzheng.net/Doe")),

    dict(
        id="wote",
        name="WoTE (BEV world model for online trajectory evaluation)",
        short="WoTE",
        family="Driving",
        anim="plan",
        date="2025-04",
        added="2026-12",
        tagline="Propose several trajectories, imagine each one's future in bird's-eye view, score the futures with a reward model, drive the best.",
        simple="Most end-to-end planners output one trajectory and trust it. WoTE first proposes several trajectories, then a compact world model predicts the future bird's-eye-view (BEV) state each one would lead to, and a reward model scores those futures (its targets are NAVSIM driving sub-scores, per the repo); the highest-scoring trajectory is executed. Working in BEV instead of images keeps the world model fast, and it can be supervised with off-the-shelf BEV traffic simulators.",
        mapping="sensors → BEV features → K trajectory proposals → BEV world model rolls each forward → reward model scores imagined futures → best trajectory",
        math=r"\hat B^{(k)}_{t+1}=W_\phi\big(B_t,\,a^{(k)}_t\big),\qquad \tau^{*}=\arg\max_{k}\;R_\psi\big(\hat B^{(k)}_{t+1:t+H}\big)",
        when="End-to-end driving where each candidate plan should be checked against an imagined future before it is executed.",
        pros=["Evaluates candidate trajectories online instead of trusting a single regression output", "BEV world model is 'latency-efficient compared to image-level world models' (abstract)", "README: 88.3 PDMS on NAVSIM, trained in 3 hours on 8 L20 GPUs"],
        cons=["BEV states drop appearance; it cannot render camera views", "Quality of selection depends on the learned reward model", "Needs BEV-space supervision (simulator or labels), unlike pixel world models trained on raw video"],
        papers=["li2025wote"],
        sources=[("arXiv 2504.01941", "https://arxiv.org/abs/2504.01941"),
                 ("official repo README (ICCV 2025, results, related work)", "https://github.com/liyingyanUCAS/WoTE")],
        checked="2026-12",
        learn=("WoTE — official repo", "https://github.com/liyingyanUCAS/WoTE")),

    dict(
        id="drivevla-w0",
        name="DriveVLA-W0 (world modeling for driving VLAs)",
        short="DriveVLA-W0",
        family="Driving",
        anim="imaginegoal",
        date="2025-10",
        added="2026-12",
        aliases=["DriveVLA W0"],
        tagline="A driving VLA also trained to predict future images, so dense visual supervision fills the gap left by sparse waypoint labels.",
        simple="Vision-language-action models for driving are large but are supervised only by a few waypoint numbers, which the authors call a 'supervision deficit'. DriveVLA-W0 adds a world-modeling task: predict the future camera image. For VLAs built on discrete visual tokens (Emu3) the world model is autoregressive; for VLAs on continuous features (Qwen2.5-VL) it is a latent diffusion model. Image generation is skipped at driving time, and a lightweight action expert produces the trajectory fast enough for real-time use; the gains grow as the training data grows.",
        mapping="front camera + instruction + past actions → VLA backbone (Emu3 VQ tokens or Qwen2.5-VL features) → world-model loss on future image (AR or diffusion) + MoE action expert → trajectory",
        math=r"\mathcal{L}=\mathcal{L}_{\text{Action}}+\alpha\,\mathcal{L}_{\text{WM-AR}},\quad \mathcal{L}_{\text{WM-AR}}=-\sum_{i=1}^{N}\log P\big(v_i\mid S_{<V_t},v_{<i}\big);\qquad \mathcal{L}_{\text{WM-Diff}}=\mathbb{E}\big\|\epsilon-\hat\epsilon\big(z_{t+1,k},k,F^V_t,F^A_t\big)\big\|^2",
        when="Scaling an end-to-end driving VLA on large logs where action labels alone leave the model under-supervised.",
        pros=["Future-image prediction gives dense self-supervision on top of sparse actions; it helped transfer from nuPlan pretraining to NAVSIM where action-only baselines got worse (Sec. 4.4)", "NAVSIM v1 with a single front camera: 90.2 PDMS (query-based expert with anchors) and 93.0 with best-of-6 sampling (Table 1)", "A 500M-parameter MoE action expert cuts inference latency to 63.1% of the baseline VLA"],
        cons=["Only 'the reviewed part' of the code is public, per the README (company policy)", "The 70M-frame in-house dataset behind the scaling result is not public", "Large backbones (Emu3 8B or Qwen2.5-VL 7B); the world model is a training signal, bypassed when driving"],
        papers=["li2026drivevlaw0"],
        sources=[("arXiv 2510.12796", "https://arxiv.org/abs/2510.12796"),
                 ("official repo README (table, acknowledgements, Emu3 download script)", "https://github.com/BraveGroup/DriveVLA-W0"),
                 ("full paper text (arXiv HTML copy: Secs. 2-4, Tables 1-2)", "https://arxiv.org/html/2510.12796v2"),
                 ("ICLR 2026 record (mlanthology)", "https://mlanthology.org/iclr/2026/li2026iclr-drivevlaw0/")],
        checked="2026-12",
        learn=("DriveVLA-W0 — official repo", "https://github.com/BraveGroup/DriveVLA-W0")),

    # ---------------- RobotWM ----------------

    dict(
        id="irasim",
        name="IRASim (fine-grained robot manipulation world model)",
        short="IRASim",
        family="RobotWM",
        anim="denoise",
        date="2024-06",
        tagline="Give it a first frame and an action trajectory; a diffusion transformer films the robot doing it.",
        simple=("IRASim turns a video model into a 'real robot you can drive from your desk'. You hand it one photo "
                "of the scene and the list of arm motions you want, and it generates the video of the arm executing "
                "them. Each action steers its own frame inside the transformer, so the gripper lands where the "
                "trajectory says, when it says."),
        mapping="first frame + action trajectory → latent video diffusion transformer → frame-by-frame action conditioning → predicted robot video",
        math=r"\mathcal{L}=\mathbb{E}_{k,\epsilon}\big\|\epsilon-\epsilon_\theta\big(z^{(k)}_{2:N},k\mid z_1,a_{1:N-1}\big)\big\|^2,\qquad \mathrm{AdaLN}(h_i)=\gamma(a_i)\odot\mathrm{LN}(h_i)+\beta(a_i)",
        when="When you need an action-accurate video simulator of a real arm for planning, ranking or replaying trajectories.",
        pros=["Frame-level action conditioning inside every transformer block keeps frames aligned with actions", "As a ranking planner it lifts Push-T IoU from 0.637 to 0.961 (v2 of the paper)", "Open code, benchmark and checkpoints on RT-1, Bridge and Language-Table"],
        cons=["Needs a real first frame and a full action trajectory: no language goal, no reward", "Long rollouts are stitched clip by clip, so errors compound", "Looks right is not physics-right: contact outcomes can still be invented"],
        papers=["zhu2024irasim"],
        sources=[("arXiv 2406.14540", "https://arxiv.org/abs/2406.14540"),
                 ("arXiv HTML v2 (retitled)", "https://arxiv.org/html/2406.14540v2"),
                 ("official code", "https://github.com/bytedance/IRASim")],
        checked="2026-12",
        learn=("IRASim — project page", "https://gen-irasim.github.io/")),

    dict(
        id="nwm",
        name="Navigation World Models (NWM)",
        short="NWM",
        family="RobotWM",
        anim="plan",
        date="2024-12",
        tagline="A 1B-parameter conditional diffusion transformer imagines where a walk leads; planning picks the path whose end looks like the goal.",
        simple=("NWM learns what you would see after walking a given path, from robot and human first-person videos. "
                "To navigate, it imagines the videos of many candidate paths and keeps the one whose last frame looks "
                "most like the goal photo. Because it plans by imagination, you can add rules at run time, like 'no "
                "left turns', without retraining."),
        mapping="past frames + navigation action → CDiT predicts next frame → imagined path videos → CEM picks path closest to goal",
        math=r"s_{\tau+1}\sim F_\theta\big(s_{\tau-m:\tau},a_\tau,k\big)\;(\text{CDiT}),\qquad a^*_{0:T}=\arg\min_{a_{0:T}}\;-\mathcal{S}\big(\hat s_T,s^{*}\big)\;\;(\text{CEM},\ \mathcal{S}=\text{perceptual similarity})",
        when="Visual navigation where you want planning with run-time constraints, or to re-rank a navigation policy's proposals.",
        pros=["Scaled to 1B parameters on robot and human egocentric video (incl. unlabeled Ego4D)", "Constraints can be added at planning time without retraining", "Plans from scratch or re-ranks samples from an external policy (NoMaD)"],
        cons=["Planning means many diffusion rollouts per decision: slow and compute-heavy", "Navigation only: no contact-rich manipulation", "In unseen places its imagined paths are plausible guesses, not a map"],
        papers=["bar2025navigation"],
        sources=[("arXiv 2412.03572", "https://arxiv.org/abs/2412.03572"),
                 ("official code", "https://github.com/facebookresearch/nwm")],
        checked="2026-12",
        learn=("Navigation World Models — project page", "https://www.amirbar.net/nwm/")),

    dict(
        id="dreamgen",
        name="DreamGen (NVIDIA, neural trajectories)",
        short="DreamGen",
        family="RobotWM",
        anim="denoise",
        date="2025-05",
        tagline="Fine-tune a video model on your robot, dream new task videos, label them with pseudo-actions, train the policy on the dreams.",
        simple=("DreamGen treats a video world model as a data factory instead of a planner. It fine-tunes an "
                "image-to-video model on a few robot demos, prompts it with a photo and a new instruction, and gets "
                "videos of the robot doing things it was never taught. An inverse-dynamics or latent-action model "
                "guesses the actions in those videos, and the policy trains on these 'neural trajectories'."),
        mapping="robot teleop videos → fine-tuned video world model → dreamed videos of new tasks → pseudo-actions (IDM / latent actions) → policy training",
        math=r"\hat o_{1:T}\sim p_\theta(\cdot\mid o_0,\ell),\qquad \hat a_t=\mathrm{IDM}_\phi(\hat o_t,\hat o_{t+H}),\qquad \max_\pi{\textstyle\sum_t}\log\pi(\hat a_t\mid\hat o_t,\ell)",
        when="When teleoperation data covers few tasks or rooms and you want to scale robot data with GPU compute instead.",
        pros=["A humanoid performed 22 new behaviors from teleop data of a single pick-and-place task in one environment", "Model-agnostic recipe; the released GR00T-Dreams pipeline uses Cosmos-Predict2", "DreamGen Bench scores of video models correlate with downstream policy success"],
        cons=["Actions are pseudo-labels: IDM or latent-action errors flow into the policy", "Capped by the video model's physics; hallucinated contacts become training data", "Fine-tuning and sampling large video models is GPU-expensive"],
        papers=["jang2025dreamgen"],
        sources=[("arXiv 2505.12705", "https://arxiv.org/abs/2505.12705"),
                 ("official code (GR00T-Dreams)", "https://github.com/NVIDIA/GR00T-Dreams")],
        checked="2026-12",
        learn=("DreamGen — NVIDIA GEAR project page", "https://research.nvidia.com/labs/gear/dreamgen")),

    dict(
        id="ctrl-world",
        name="Ctrl-World (policy-in-the-loop world model)",
        short="Ctrl-World",
        family="RobotWM",
        anim="wmeval",
        date="2025-10",
        tagline="A multi-view, action-controllable video world model where a generalist VLA can be tested and improved entirely in imagination.",
        simple=("Ctrl-World lets a real VLA policy 'play' inside a video model: the policy sees generated camera "
                "views (including the wrist camera), outputs actions, and the world model renders what happens next. "
                "A memory that retrieves past frames by robot pose keeps the scene consistent for long episodes. You "
                "can rank policies without touching the robot, then fine-tune on the imagined successes."),
        mapping="multi-view frames + pose-retrieved memory → policy proposes action chunk → world model renders next views → score / collect imagined successes",
        math=r"a_{t:t+H}\sim\pi(\cdot\mid o^{1:V}_t,\ell),\quad o^{1:V}_{t+1:t+H}\sim p_\theta\big(\cdot\mid o^{1:V}_t,\mathcal{M}_{\text{pose}},a_{t:t+H}\big),\quad \hat J(\pi)=\tfrac1N{\textstyle\sum_i}\mathbb{1}[\text{success}_i]",
        when="Evaluating or patching a generalist manipulation policy on new objects and instructions before spending real robot time.",
        pros=["Joint multi-view prediction incl. wrist camera, consistent for over 20 seconds", "Ranks policy performance without real-world rollouts", "Fine-tuning on imagined successful trajectories improved policy success by 44.7%"],
        cons=["Trained on DROID (one Franka setup, 95k trajectories); new robots need new data", "Imagined successes must be judged; a wrong judgment becomes a wrong label", "Each imagined step is a video-diffusion call: far slower than real time"],
        papers=["guo2025ctrlworld"],
        sources=[("arXiv 2510.10125", "https://arxiv.org/abs/2510.10125"),
                 ("official code", "https://github.com/Robert-gyj/Ctrl-World")],
        checked="2026-12",
        learn=("Ctrl-World — project page", "https://ctrl-world.github.io/")),

    dict(
        id="robodreamer",
        name="RoboDreamer (compositional video world model)",
        short="RoboDreamer",
        family="RobotWM",
        anim="denoise",
        date="2024-04",
        tagline="Split the instruction into parts, give each part its own diffusion model, multiply them: videos for commands never seen.",
        simple=("A plain text-to-video robot model only imagines instructions close to its training set. RoboDreamer "
                "parses a command into pieces (the action, the spatial relation) and lets one diffusion model handle "
                "each piece; their scores are added to form the video. New combinations of known pieces then work, "
                "and a goal image or sketch can be added as one more piece."),
        mapping="instruction → parser splits verb / spatial relation → one conditioned diffusion model per piece → summed scores → video plan",
        math=r"p_\theta(\tau\mid L)\propto\prod_{i=1}^{N}p_\theta(\tau\mid l_i)^{1/N}\;\Rightarrow\;\nabla_\tau\log p_\theta(\tau\mid L)=\tfrac1N{\textstyle\sum_{i=1}^{N}}\nabla_\tau\log p_\theta(\tau\mid l_i)",
        when="Video planning for instructions that recombine known objects, actions and spatial relations in new ways.",
        pros=["Compositional generalization to unseen instruction combinations", "Takes goal images and sketches alongside text", "Outperforms monolithic text-to-video baselines (e.g. AVDC) on unseen RT-X goals"],
        cons=["Relies on a language parser; not every instruction factors cleanly", "A video plan still needs an inverse-dynamics model to become actions", "Robot execution shown in simulation, not on real hardware"],
        papers=["zhou2024robodreamer"],
        sources=[("arXiv 2404.12377", "https://arxiv.org/abs/2404.12377"),
                 ("ICML 2024 paper (OpenReview)", "https://openreview.net/forum?id=kHjOmAUfVe")],
        checked="2026-12",
        learn=("RoboDreamer — project page", "https://robovideo.github.io/")),

    dict(
        id="enerverse",
        name="EnerVerse (embodied future space)",
        short="EnerVerse",
        family="RobotWM",
        anim="imaginegoal",
        date="2025-01",
        tagline="Chunk-by-chunk multi-view video diffusion imagines the robot's future; a 4DGS data loop and a policy head turn it into data and actions.",
        simple=("EnerVerse generates the robot's future as multi-view video, one chunk at a time, with a sparse "
                "memory so it can keep going indefinitely. Extra 'free anchor' camera views reduce 3D ambiguity; "
                "because real multi-camera data is rare, a data engine mixes the generator with 4D Gaussian Splatting "
                "to make more. A small policy head reads the model's features to output actions."),
        mapping="instruction + observed frames → chunk-wise video diffusion with sparse memory → multi-view future space → policy head (EnerVerse-A) → action chunk",
        math=r"\mathcal{L}=\mathbb{E}_{k,\epsilon}\big\|\epsilon-\epsilon_\theta\big(z^{1:M,(k)}_t,k\mid c,o^{\text{mem}}_t\big)\big\|^2,\qquad a_{t:t+7}=\pi_\psi\big(h_\theta^{\,\text{first denoising step}}\big)",
        when="Manipulation where multi-view foresight helps and you also want the generator to produce training data.",
        pros=["Chunk-wise autoregressive generation with sparse memory for arbitrarily long sequences", "Multi-view future space reduces motion ambiguity and 3D grounding errors", "Policy head reuses first-denoising-step features: about 280 ms per 8-step action chunk on one RTX 4090"],
        cons=["Multi-camera data is scarce, so it needs the 4DGS data engine (EnerVerse-D)", "Many moving parts: video model, memory, 4DGS loop, policy head", "Large video backbone; speed depends on the one-step feature shortcut"],
        papers=["huang2025enerverse"],
        sources=[("arXiv 2501.01895", "https://arxiv.org/abs/2501.01895")],
        checked="2026-11",
        learn=("EnerVerse — project page", "https://sites.google.com/view/enerverse")),

    dict(
        id="worldeval",
        name="WorldEval (world model as policy evaluator)",
        short="WorldEval",
        family="RobotWM",
        anim="wmeval",
        date="2025-05",
        tagline="Drive a video model with the policy's own latent actions to rank real-robot policies and catch unsafe ones offline.",
        simple=("Feeding raw robot actions into a video model often produces videos that ignore them. WorldEval's "
                "Policy2Vec instead reads the policy's internal latent action and uses it to steer a fine-tuned video "
                "generator. Rolling every policy or checkpoint through this simulator gives a ranking that tracks the "
                "real world, and flags dangerous behaviour before it reaches hardware."),
        mapping="policy latent action (Policy2Vec) → action-following video generator → imagined episode → success judgment → policy ranking",
        math=r"z_t=\mathrm{Policy2Vec}(\pi;o_t,\ell),\quad \hat o_{t+1:t+H}\sim p_\theta(\cdot\mid o_t,z_t),\quad \mathrm{rank}\big(\hat J(\pi_i)\big)\approx\mathrm{rank}\big(J_{\text{real}}(\pi_i)\big)",
        when="Choosing among policies or checkpoints, or safety-screening a new model, without a long real-robot test campaign.",
        pros=["Latent-action conditioning follows the policy better than raw or high-dimensional action inputs", "Ranks whole policies and checkpoints of one policy, correlating with real-world results", "Doubles as a safety detector for dangerous actions"],
        cons=["Needs access to the policy's internal latent action: not a black-box test", "The video backbone (Wan2.1) must be fine-tuned on the target robot setup", "Success is still judged from generated video, which can flatter failures"],
        papers=["li2025worldeval"],
        sources=[("arXiv 2505.19017", "https://arxiv.org/abs/2505.19017")],
        checked="2026-11",
        learn=("WorldEval — project page", "https://worldeval.github.io/")),

    dict(
        id="dreamdojo",
        name="DreamDojo (robot world model from human video)",
        short="DreamDojo",
        family="RobotWM",
        anim="playloop",
        date="2026-02",
        tagline="Pretrain an action-conditioned video world model on 44k hours of egocentric human video, then post-train it for a specific robot.",
        simple=("Robot teleoperation data is scarce and narrow, but people film themselves handling objects all the "
                "time. DreamDojo pretrains a video world model on 44k hours of egocentric human video, using "
                "continuous latent actions extracted from pairs of frames in place of the missing action labels. It "
                "is then post-trained on a small amount of data from a target robot (GR-1, G1, AgiBot, YAM) with real "
                "robot actions, and distilled to run in real time — so you can teleoperate inside it, evaluate a "
                "policy without a real robot, or plan with it."),
        mapping="44k h human video → latent actions from frame pairs → video world model initialised from Cosmos-Predict2.5 → post-train on robot actions → distilled real-time rollouts",
        math=r"z_t\sim q_\phi(z\mid o_t,o_{t+1})\;(\text{latent action}),\qquad \mathcal{L}=\mathbb{E}_{\tau,\epsilon}\big\|v_\theta\big(x_\tau,\tau\mid o_{\le t},u_t\big)-(\epsilon-x_{t+1})\big\|^2,\quad u_t=\begin{cases}z_t & \text{pretraining (human video)}\\ a^{\text{robot}}_t & \text{post-training}\end{cases}",
        when="Simulating dexterous robot manipulation with new objects and scenes when robot data is limited.",
        pros=["Human-video mix is 15× longer, with 96× more skills and 2,000× more scenes, than the previous largest world-model dataset", "Distilled to real-time ~10 FPS generation, stable for over a minute of rollout", "One model supports live teleoperation, policy evaluation and model-based planning"],
        cons=["Still needs post-training on data from each target robot", "Latent actions are only a proxy: the human-to-robot embodiment gap remains", "Pixel rollouts can hallucinate contacts, and evaluations built on them inherit the errors"],
        papers=["gao2026dreamdojo"],
        sources=[("arXiv 2602.06949", "https://arxiv.org/abs/2602.06949"),
                 ("official code", "https://github.com/NVIDIA/DreamDojo"),
                 ("model weights", "https://huggingface.co/nvidia/DreamDojo")],
        checked="2026-12",
        learn=("DreamDojo — project page", "https://dreamdojo-world.github.io/")),

    dict(
        id="veo-robot-eval",
        name="Veo World Simulator (Gemini Robotics policy evaluation)",
        short="Veo Robot Eval",
        family="RobotWM",
        anim="wmeval",
        date="2025-12",
        tagline="Google DeepMind tunes its Veo video model into an action-conditioned, multi-view robot simulator to rank policies, probe OOD and safety.",
        simple=("Instead of running every policy checkpoint on real robots, the Gemini Robotics team feeds the "
                "policy's actions into Veo, Google's frontier video model (the report does not name a version), adapted to robot data for action conditioning and "
                "consistent multiple camera views. Generative image editing and multi-view completion create new versions of real scenes "
                "— new objects, new backgrounds, distractors — so one simulator can test ordinary skill, "
                "out-of-distribution generalization, and unsafe behaviour. Its predictions were checked against more "
                "than 1,600 real-world trials."),
        mapping="real scene → generative edits (objects, backgrounds, distractors) → policy proposes actions → action-conditioned multi-view Veo rollout → predicted success / safety verdict",
        math=r"a_{t:t+H}\sim\pi\big(\cdot\mid o^{1:V}_{t},\ell\big),\quad o^{1:V}_{t+1:t+H}\sim p_{\text{Veo}}\big(\cdot\mid o^{1:V}_{\le t},a_{t:t+H}\big),\quad \hat J(\pi)=\tfrac{1}{N}{\textstyle\sum_{i=1}^{N}}\mathbb{1}\big[\text{success}_i\big]",
        when="Ranking generalist policy checkpoints and probing OOD and safety failures before spending real robot time.",
        pros=["Validated with 1,600+ real-world evaluations of 8 policy checkpoints on 5 bimanual tasks", "One system covers nominal performance, OOD generalization and safety red-teaming", "Inherits a frontier video model's broad visual knowledge for edited, never-seen scenes"],
        cons=["Predicts the relative ranking of policies, not exact success rates", "Built on Google's closed Veo model: not reproducible outside Google", "Every imagined episode is a large video-model call, so evaluation is compute-heavy"],
        papers=["geminirobotics2025veo"],
        sources=[("arXiv 2512.10675", "https://arxiv.org/abs/2512.10675"),
                 ("arXiv HTML v2", "https://arxiv.org/html/2512.10675v2")],
        checked="2026-11",
        learn=("Veo robotics evaluation — project page", "https://veo-robotics.github.io/")),

    dict(
        id="genie-envisioner",
        name="Genie Envisioner (AgiBot)",
        short="Genie Envisioner",
        family="RobotWM",
        anim="wmeval",
        date="2025-08",
        tagline="One video world model (GE-Base) underlies a policy (GE-Act), a closed-loop simulator (GE-Sim) and a benchmark (EWMBench) for manipulation.",
        simple=("AgiBot's Genie Envisioner puts policy learning, simulation and evaluation on a single video-generation "
                "backbone. GE-Base, an instruction-conditioned video diffusion model built on LTX-Video and trained on "
                "AgiBot World's real manipulation episodes, predicts multi-view futures. GE-Act decodes "
                "actions from those predicted futures; GE-Sim makes the model action-conditioned so that a policy can be "
                "rolled out in closed loop; EWMBench scores visual fidelity, physical plausibility and instruction-action "
                "alignment. EnerVerse is its predecessor."),
        mapping="instruction + multi-view observations → GE-Base video diffusion → GE-Act action decoder → actions; GE-Sim: action-conditioned rollouts → EWMBench evaluation",
        math=r"\hat x^{1:V}_{t+1:t+H}\sim p_\theta\big(\cdot\mid x^{1:V}_{\le t},\ell\big)\;(\text{GE-Base}),\quad a_{t:t+H}=g_\psi\big(h_\theta\big)\;(\text{GE-Act}),\quad \hat x^{1:V}_{t+1:t+H}\sim p_\theta\big(\cdot\mid x^{1:V}_{\le t},a_{t:t+H}\big)\;(\text{GE-Sim})",
        when="Building the policy, the simulator and the evaluation of a manipulation fleet on one shared world model.",
        pros=["One backbone for policy, simulation and benchmark", "Trained on large-scale real AgiBot World manipulation data", "Open training and inference code"],
        cons=["Many modules to train and keep in sync", "Pixel rollouts can hallucinate contacts", "The released GE-Sim weights are a later Cosmos-Predict2-based version, not the LTX-Video GE-Sim of the report"],
        papers=["liao2025genie"],
        sources=[("arXiv 2508.05635", "https://arxiv.org/abs/2508.05635"),
                 ("official code", "https://github.com/AgibotTech/Genie-Envisioner")],
        checked="2026-12",
        learn=("Genie Envisioner — project page", "https://genie-envisioner.github.io/")),

    dict(
        id="ge-sim2",
        name="GE-Sim 2.0 (AgiBot)",
        short="GE-Sim 2.0",
        family="RobotWM",
        anim="wmeval",
        date="2026-05",
        tagline="A closed-loop video simulator for manipulation: action-conditioned multi-view rollouts, a state expert, a VLM world judge and fast rollouts.",
        simple=("GE-Sim 2.0 retrains Genie Envisioner's action-conditioned video simulator on thousands of hours of real "
                "robot data, including teleoperation, contact-rich interaction and on-robot policy deployment. Three "
                "additions close the loop: a state expert decodes joint angles and gripper state from the video latents "
                "so a policy can keep acting, a world judge scores generated rollouts against the instruction to give "
                "success signals and rewards, and an acceleration framework produces a 25-frame rollout in 2.3 seconds "
                "on one H100."),
        mapping="multi-view history + action trajectory → action-conditioned video diffusion → state expert decodes proprioception → world judge scores the rollout → rewards / evaluation → policy learning",
        math=r"\hat x^{1:V}_{t+1:t+H}\sim p_\theta\big(\cdot\mid x^{1:V}_{\le t},a_{t:t+H}\big),\quad \hat q_{t+H}=S_\phi\big(z_\theta\big),\quad r=J\big(\hat x^{1:V}_{t+1:t+H},\ell\big)",
        when="Evaluating and improving manipulation policies in closed loop without real-robot time.",
        pros=["Tops the public WorldArena leaderboard with only 2B parameters (per the paper)", "Machine-checkable success signals and rewards from the world judge", "25-frame rollout in 2.3 s on one H100"],
        cons=["Trained on AgiBot data: other embodiments need new data", "A VLM judge can mis-score generated rollouts", "Still pixel-space prediction: contact physics can be wrong"],
        papers=["qiu2026gesim2"],
        sources=[("arXiv 2605.27491", "https://arxiv.org/abs/2605.27491")],
        checked="2026-11",
        learn=("GE-Sim 2.0 — project page", "https://ge-sim-v2.github.io/")),

    dict(
        id="onex-wm",
        name="1X World Model (1XWM)",
        short="1X World Model",
        family="RobotWM",
        anim="wmeval",
        date="2024-09",
        tagline="1X's action-controllable video model of its NEO humanoid: rank policies offline, and later act by imagining the task in video.",
        simple=("1X needs to know how its home humanoid NEO will behave in countless homes without testing every case "
                "physically. The 1X World Model is an action-controllable video model: from a few real frames and a "
                "low-level action sequence it predicts what NEO will see, so different policies can be compared from the "
                "same starting state and checkpoints chosen offline. 1X first presented it in September 2024, with a public "
                "dataset and competition; the June 2025 version models NEO. In January 2026 1X described using a "
                "video-pretrained 1XWM as NEO's policy: it generates a video of the task being done and an inverse "
                "dynamics model turns that video into motor commands."),
        mapping="a few real frames + low-level action sequence → action-conditioned video world model → predicted futures → compare policies / pick checkpoints; (2026) prompt → imagined task video → inverse dynamics model → actions",
        math=r"\hat o_{t+1:t+H}\sim p_\theta\big(\cdot\mid o_{t-k:t},a_{t:t+H}\big),\quad \hat J(\pi)=\mathbb{E}\big[R(\hat o_{1:T})\big]\approx J_{\text{real}}(\pi);\qquad \hat a_t=\mathrm{IDM}(\hat o_t,\hat o_{t+1})",
        when="Offline evaluation of a humanoid's policies in home settings, and video-to-action control.",
        pros=["Action-controllable: different action sequences from one state give distinct futures", "World-model evaluations correlate highly with real-world evaluations (per 1X)", "Gains from scaling autonomous policy-rollout data (per 1X)"],
        cons=["Proprietary model and data; described only in 1X's blog posts and report", "Specific to 1X's own robots (now the NEO humanoid)", "Generated outcomes can look plausible yet be physically wrong"],
        papers=["onex2024worldmodel", "onex2025worldmodel"],
        sources=[("1X blog, Sept 2024", "https://www.1x.tech/discover/1x-world-model"),
                 ("1X blog, June 2025", "https://www.1x.tech/discover/redwood-ai-world-model")],
        checked="2026-11",
        learn=("1XWM as NEO's policy — 1X blog (2026)", "https://www.1x.tech/ja_jp/discover/world-model-self-learning")),

    dict(
        id="tesseract",
        name="TesserAct (4D embodied world model)",
        short="TesserAct",
        family="RobotWM",
        anim="imaginegoal",
        date="2025-04",
        tagline="A video model fine-tuned to predict RGB, depth and surface normals together; the predictions become 4D scenes for robot action.",
        simple=("Robot world models usually predict flat 2D pixels, which hides depth and object pose. TesserAct labels "
                "robot videos with depth and surface normals from off-the-shelf estimators, then fine-tunes a video "
                "generation model (CogVideoX) to predict RGB, depth and normal (RGB-DN) for every frame from an "
                "instruction. An algorithm turns these videos into a temporally and spatially consistent 4D scene, which "
                "allows novel views and training an inverse dynamics model that outputs actions."),
        mapping="instruction + first frame → fine-tuned video diffusion predicts RGB + depth + normal → 4D scene reconstruction → inverse dynamics model → robot actions",
        math=r"\mathcal{L}=\mathbb{E}_{t,\epsilon}\big\|\epsilon-\epsilon_\theta\big([z^{\text{rgb}};z^{\text{d}};z^{\text{n}}]_t,\,t\mid x_0,\ell\big)\big\|^2,\qquad a_t=\mathrm{IDM}_\phi\big(\mathcal{S}_t,\mathcal{S}_{t+1}\big)\;\;(\mathcal{S}:\text{ reconstructed 4D scene})",
        when="Manipulation planning that needs 3D geometry over time, not just 2D video.",
        pros=["Predicts geometry (depth, normals) alongside appearance", "Turns predictions into coherent 4D scenes with novel views", "Policies learned with it beat those from prior video world models (per the paper)"],
        cons=["Depth and normal labels come from estimators, not sensors", "Heavier than RGB-only video models", "Still needs an inverse dynamics model to act"],
        papers=["zhen2025tesseract"],
        sources=[("arXiv 2504.20995", "https://arxiv.org/abs/2504.20995"),
                 ("official code", "https://github.com/UMass-Embodied-AGI/TesserAct")],
        checked="2026-12",
        learn=("TesserAct — project page", "https://tesseractworld.github.io/")),

    dict(
        id="worldgym",
        name="WorldGym (world model as policy-evaluation environment)",
        short="WorldGym",
        family="RobotWM",
        anim="wmeval",
        date="2025-06",
        tagline="An autoregressive action-conditioned video model as a gym: roll VLA policies out from one real frame while a VLM judges success.",
        simple=("WorldGym replaces real-robot tests with rollouts inside a learned world model. Starting from a single "
                "real frame, the policy outputs actions, an autoregressive action-conditioned video model generates the "
                "next frames, and a vision-language model judges whether the task was done. Monte Carlo estimates of "
                "success track real-world success rates and keep the ranking of policy versions, sizes and checkpoints; "
                "because only a start frame is needed, new tasks and adversarial distractors are cheap to test."),
        mapping="real start frame + instruction → VLA policy proposes an action → autoregressive action-conditioned video model → next frames → VLM reward → Monte Carlo success rate",
        math=r"a_t\sim\pi(\cdot\mid\hat o_t,\ell),\quad \hat o_{t+1}\sim p_\theta(\cdot\mid\hat o_{\le t},a_{\le t}),\quad \hat J(\pi)=\tfrac1N{\textstyle\sum_{i=1}^{N}}R_{\text{VLM}}\big(\hat o^{(i)}_{1:T},\ell\big)",
        when="Fast, safe first-pass evaluation and ranking of generalist robot policies.",
        pros=["Success rates inside the model correlate highly with real-world success", "Preserves policy rankings across versions, sizes and checkpoints", "Needs only a start frame, so new tasks and distractors are cheap to test"],
        cons=["Realistic object interaction remains hard (acknowledged by the authors)", "A VLM judge can misjudge success", "Only as broad as the robot datasets it was trained on"],
        papers=["quevedo2025worldgym"],
        sources=[("arXiv 2506.00613", "https://arxiv.org/abs/2506.00613"),
                 ("official code", "https://github.com/world-model-eval/world-model-eval")],
        checked="2026-12",
        learn=("WorldGym — project page", "https://world-model-eval.github.io/abstract.html")),

    dict(
        id="roboscape",
        name="RoboScape (physics-informed embodied world model)",
        short="RoboScape",
        family="RobotWM",
        anim="tokenfilm",
        date="2025-06",
        tagline="A physics-informed robot video world model: joint RGB and depth prediction plus keypoint dynamics make contact-rich rollouts plausible.",
        simple=("Robot video world models often let objects float or deform unrealistically at contact. RoboScape trains "
                "an autoregressive transformer over video tokens with two physics-aware side tasks: predicting temporal "
                "depth alongside RGB, for 3D consistency, and tracking keypoints in moving, contact-driven regions so "
                "their features stay consistent over time, which implicitly encodes shape and material. Its videos are "
                "used as synthetic training data for policies and as a simulator for evaluating them."),
        mapping="past frames + robot actions → visual tokens → dual-branch spatial-temporal transformer (RGB + depth) with keypoint-dynamics loss → next frames → synthetic data / policy evaluation",
        math=r"\mathcal{L}=\mathcal{L}_{\text{RGB}}+\lambda_d\,\mathcal{L}_{\text{depth}}+\lambda_k\,\mathcal{L}_{\text{kp}},\qquad \mathcal{L}_{\text{RGB}}=-{\textstyle\sum_t}\log p_\theta\big(s_{t+1}\mid s_{\le t},a_{\le t}\big)",
        when="Generating physically plausible robot videos for policy training or evaluation.",
        pros=["Depth and keypoint supervision improve geometric and physical plausibility", "Policy-evaluation results correlate with a ground-truth simulator", "NeurIPS 2025 spotlight; code released"],
        cons=["Physics is encouraged by auxiliary losses, not enforced", "Trained on AgiBot World data", "Autoregressive token generation: errors compound over long rollouts"],
        papers=["shang2025roboscape"],
        sources=[("arXiv 2506.23135", "https://arxiv.org/abs/2506.23135")],
        checked="2026-11",
        learn=("RoboScape — official repo", "https://github.com/tsinghua-fib-lab/RoboScape")),


    # ---- RobotWM: added 2026-12 ----

    dict(
        id="visual-foresight",
        name="Visual Foresight (video-prediction MPC for robot manipulation)",
        short="Visual Foresight",
        family="RobotWM",
        anim="plan",
        date="2016-10",
        added="2026-12",
        aliases=["Deep Visual Foresight", "visual MPC"],
        tagline="Predict the video each candidate action sequence would produce, and push objects with the sequence whose prediction reaches the goal.",
        simple="Finn and Levine trained an action-conditioned video prediction model on unlabeled robot pushing data and used it inside model-predictive control: sample action sequences, predict where a user-designated pixel will move, keep the sequences most likely to bring it to the goal, and replan. A real robot pushed objects, including ones not seen in training, without a calibrated camera or hand-labelled data. Ebert, Finn and colleagues later extended the recipe with goal images and classifiers as goals, and to deformable objects.",
        mapping="camera frames + candidate action sequences → action-conditioned video prediction → predicted motion of designated pixels → CEM selection → execute and replan (MPC)",
        math=r"a^*_{t:t+T}=\arg\max_{a_{t:t+T}}\ \hat P_{t+T}\big(g\mid I_{1:t},a_{t:t+T}\big),\qquad \hat I_{\tau+1}=f_\theta\big(\hat I_{\le\tau},a_\tau\big)\qquad(\text{CEM over action sequences, replanned every step})",
        when="Robot manipulation from raw camera images when data can be collected autonomously and goals are given as pixels or images.",
        pros=["Self-supervised: trained on autonomously collected, unlabeled robot data", "Handled novel objects not seen during training", "Needs no calibrated camera, instrumented setup or precise sensing"],
        cons=["Sampling and predicting video for every candidate sequence is slow at each step", "Demonstrated on short-horizon pushing and manipulation", "Goals are designated pixels or images, not language"],
        papers=["finn2017deep", "finn2016unsupervised", "ebert2018visual"],
        sources=[("arXiv 1610.00696 (abstract, authors)", "https://arxiv.org/abs/1610.00696"),
                 ("Visual Foresight project page (Ebert et al., abstract)", "https://sites.google.com/view/visualforesight/home"),
                 ("official visual-MPC code README", "https://github.com/SudeepDasari/visual_foresight")],
        checked="2026-12",
        learn=("Visual Foresight — project page", "https://sites.google.com/view/visualforesight/home")),

    dict(
        id="vlp",
        name="Video Language Planning (VLP)",
        short="VLP",
        family="RobotWM",
        anim="plan",
        date="2023-10",
        added="2026-12",
        tagline="Tree search over language and video: a VLM proposes next steps, a text-to-video model imagines them, a VLM value prunes.",
        simple="VLP plans long tasks in the space of generated videos and words. From the current image and a long-horizon goal, a vision-language model proposes short text actions, a text-to-video model acts as the dynamics model and renders what each would look like, and a vision-language value function scores the results; tree search keeps the best branches. The final long video plan is turned into robot actions by goal-conditioned policies that follow its intermediate frames.",
        mapping="image + long-horizon goal → VLM policy proposes text steps → text-to-video model rolls each out → VLM value scores → tree search → video plan → goal-conditioned policy",
        math=r"a^{(k)}\sim\pi_{\text{VLM}}(\cdot\mid x,g),\quad x'^{(k)}\sim f_{\text{VM}}(\cdot\mid x,a^{(k)}),\quad x\leftarrow x'^{(k^{*})},\;\;k^{*}=\arg\max_k V_{\text{VLM}}\big(x'^{(k)},g\big)",
        when="Long-horizon manipulation where a plan should be both readable (language) and visually grounded (video).",
        pros=["Plans are inspectable: every step comes with text and video", "More search compute gives better video plans (abstract)", "Evaluated in simulation and on real robots across 3 hardware platforms (abstract)"],
        cons=["Original code ran on Google infrastructure; the release is an illustrative notebook (README points to COMBO for an open re-implementation)", "Many video-model calls per plan make it slow", "Execution depends on a separate goal-conditioned policy following generated frames"],
        papers=["du2024vlp"],
        sources=[("arXiv 2310.10625", "https://arxiv.org/abs/2310.10625"),
                 ("ICLR 2024 paper text (header 'Published as a conference paper at ICLR 2024')", "https://object.cloud.sdsc.edu/v1/AUTH_da4962d3368042ac8337e2dfdd3e7bf3/ml-papers-txt/ICLR/2024/video_language_planning__0795718f.txt"),
                 ("official code repo README + BibTeX", "https://github.com/video-language-planning/vlp_code")],
        checked="2026-12",
        learn=("Video Language Planning — project page", "https://video-language-planning.github.io/")),

    dict(
        id="rwm",
        name="Robotic World Model (RWM, ETH Zurich)",
        short="RWM",
        family="RobotWM",
        anim="dream",
        date="2025-01",
        added="2026-12",
        tagline="A GRU world model trained on its own predictions, stable enough to train PPO policies in imagination and deploy them on real legged robots.",
        simple="RWM learns a neural simulator of a robot from interaction data and trains the control policy inside it. Its trick is training the model the way it will be used: it predicts several steps ahead while feeding back its own predictions (plus contacts as extra targets), so errors do not snowball over long rollouts. PPO then learns from imagined rollouts of over a hundred steps, and the policies were deployed zero-shot on ANYmal D and Unitree G1 hardware.",
        mapping="history of observations + actions → GRU world model (own predictions fed back) → imagined rollouts → PPO in imagination (MBPO-PPO) → real robot",
        math=r"o'_{t+k}\sim p_\phi\big(\cdot\mid o_{t-M+k:t},\,o'_{t+1:t+k-1},\,a_{t-M+k:t+k-1}\big),\qquad \mathcal{L}=\frac1N\sum_{k=1}^{N}\alpha^{k}\Big[L_o\big(o'_{t+k},o_{t+k}\big)+L_c\big(c'_{t+k},c_{t+k}\big)\Big]",
        when="Training low-level robot controllers in a learned simulator when long, stable imagined rollouts are needed.",
        pros=["Autoregressive training (history M=32, forecast N=8) keeps long rollouts stable; beats MLP, RSSM and transformer baselines trained with teacher forcing", "Policies trained in imagination deployed zero-shot on ANYmal D and Unitree G1", "No domain-specific inductive biases; open Isaac Lab extension"],
        cons=["Proprioceptive states only, no vision", "Still falls short of well-tuned model-free RL in a high-fidelity simulator (paper's limitations)", "World model pre-trained on simulation data; training from scratch remains unstable (limitations)"],
        papers=["li2025rwm"],
        sources=[("arXiv 2501.10100 (abstract)", "https://arxiv.org/abs/2501.10100"),
                 ("official code + BibTeX", "https://github.com/leggedrobotics/robotic_world_model"),
                 ("full paper text (arXiv v5 HTML copy, Secs. 3-5)", "https://arxiv.org/html/2501.10100v5")],
        checked="2026-12",
        learn=("Robotic World Model — project page", "https://sites.google.com/view/roboticworldmodel")),

    dict(
        id="adaworld",
        name="AdaWorld (adaptable world model with latent actions)",
        short="AdaWorld",
        family="RobotWM",
        anim="denoise",
        date="2025-03",
        added="2026-12",
        tagline="Pretrain a video world model on latent actions extracted from unlabeled videos, so it transfers and adapts to new action spaces fast.",
        simple="Most world models need many action-labelled videos for each new environment. AdaWorld first learns a latent action autoencoder whose information bottleneck keeps only what changed between two frames, then pretrains an autoregressive video world model conditioned on those latent actions, using videos from thousands of environments (games, robots, humans). A demonstrated action can then be transferred to a new scene without training, and the model adapts to a new real action space with little fine-tuning, which helps visual planning.",
        mapping="frame pairs → latent action autoencoder (bottleneck) → continuous latent actions → latent-action-conditioned autoregressive video world model → transfer / adapt / plan",
        math=r"\tilde a_t\sim q_\phi(\cdot\mid x_t,x_{t+1}),\quad \mathcal{L}_{\text{LAM}}=-\log p(x_{t+1}\mid x_t,\tilde a_t)+\beta\,\mathrm{KL}\big(q_\phi(\tilde a_t\mid x_t,x_{t+1})\,\|\,\mathcal{N}(0,I)\big),\quad x_{t+1}\sim p_\theta(\cdot\mid x_{\le t},\tilde a_t)",
        when="You need a world model for a new robot or game with a different action space and only a few labelled interactions.",
        pros=["Action-aware pretraining from unlabeled videos via latent actions", "Zero-shot action transfer from a source video to a target scene", "Code, models and data-generation scripts (Procgen, Gym Retro) released"],
        cons=["Built on Stable Video Diffusion: heavy for closed-loop use", "Latent actions still need a mapping to real controls (fine-tuning) for control", "Planning demonstrations are in simulation (Procgen, Robosuite)"],
        papers=["gao2025adaworld"],
        sources=[("arXiv 2503.18938 (abstract)", "https://arxiv.org/abs/2503.18938"),
                 ("official repo README + docs (Vista/Jafar base, SVD checkpoint, ICML 2025 BibTeX)", "https://github.com/Little-Podi/AdaWorld"),
                 ("project page", "https://adaptable-world-model.github.io")],
        checked="2026-12",
        learn=("AdaWorld — project page", "https://adaptable-world-model.github.io")),

    dict(
        id="vla-rft",
        name="VLA-RFT (reinforcement fine-tuning inside a world simulator)",
        short="VLA-RFT",
        family="RobotWM",
        anim="dream",
        date="2025-10",
        added="2026-12",
        tagline="Fine-tune a VLA with RL inside a learned video world model, rewarding rollouts that match a goal-reaching reference.",
        simple="Imitation-trained VLAs drift when they make small mistakes, and RL on a real robot is slow and risky. VLA-RFT trains an action-conditioned video world model on real interaction data, lets the policy act inside it, and scores each imagined rollout against a reference trajectory that reaches the goal. The policy is then updated with GRPO, with fewer than 400 fine-tuning steps.",
        mapping="real interaction data → action-conditioned video world model → policy rolls out in imagination → trajectory-level reward vs reference → GRPO update of the VLA",
        math=r"\max_\theta\;\mathbb{E}_{a_t\sim\pi_\theta(\cdot\mid\hat o_t,\ell),\;\hat o_{t+1}\sim p_\phi(\cdot\mid\hat o_{\le t},a_{\le t})}\Big[R\big(\hat o_{1:T},\,o^{\text{ref}}_{1:T}\big)\Big]\quad(\text{GRPO})",
        when="Post-training a VLA for robustness when real-robot RL or a hand-built simulator is too costly.",
        pros=["LIBERO average 91.1% after 400 RL steps vs 86.6% for the VLA-Adapter base (README Table 2)", "Higher success than the base under object, goal and robot-state perturbations (README Table 1)", "Code built on verl; world model trained from real interaction data, no hand-built simulator"],
        cons=["Rewards come from matching a reference trajectory, so they are only as good as the references", "Results shown on LIBERO simulation; real-world deployment still listed as a to-do in the README", "Pre-trained world-model weights not yet released (README to-do)"],
        papers=["li2025vlarft"],
        sources=[("arXiv 2510.00406", "https://arxiv.org/abs/2510.00406"),
                 ("official repo README + result tables (image/Table1-3.png)", "https://github.com/OpenHelix-Team/VLA-RFT")],
        checked="2026-12",
        learn=("VLA-RFT — project page", "https://vla-rft.github.io/")),

    dict(
        id="wmpo",
        name="WMPO (world-model-based policy optimization for VLAs)",
        short="WMPO",
        family="RobotWM",
        anim="dream",
        date="2025-11",
        added="2026-12",
        tagline="On-policy GRPO for a VLA run entirely inside a pixel-space video world model, with a learned success reward.",
        simple="WMPO improves a vision-language-action policy without touching the real environment during RL. A video world model, pretrained on Open X-Embodiment and fine-tuned on the policy's own rollouts, alternates with the policy to generate whole imagined trajectories; a reward model judges them; the policy is updated on-policy with GRPO. It predicts pixels rather than latents so that imagined frames match the image features the VLA was pretrained on.",
        mapping="initial frame → policy acts ↔ video world model predicts next frames → reward model scores imagined trajectories → GRPO policy update",
        math=r"\hat o_{t+1}\sim p_\phi(\cdot\mid\hat o_{\le t},a_{\le t}),\;\; a_t\sim\pi_{\theta_{\text{old}}}(\cdot\mid\hat o_t),\;\; r_i=R_\psi(\hat o^{(i)}_{1:T}),\quad \max_\theta\;\mathbb{E}\Big[\tfrac1G\sum_{i=1}^{G}\min\big(\rho_iA_i,\,\mathrm{clip}(\rho_i,1-\epsilon,1+\epsilon)A_i\big)\Big]",
        when="Sample-efficient RL post-training of a VLA when on-robot trials are expensive.",
        pros=["Mean success 57.6% vs 37.1% (GRPO) and 42.4% (DPO) at a 1280-rollout budget on four MimicGen tasks (README Table 1)", "On-policy RL with no real-environment interaction during policy optimization", "Code, data, world models and VLA checkpoints released"],
        cons=["World model must be fine-tuned on policy rollouts for each task", "Reward model is learned, so its errors become policy errors", "Pixel-space video rollouts (OpenSora-based) are costly to generate at RL scale"],
        papers=["zhu2025wmpo"],
        sources=[("arXiv 2511.09515 (abstract)", "https://arxiv.org/abs/2511.09515"),
                 ("official repo README (Table 1, checkpoints, OpenSora world model)", "https://github.com/WM-PO/WMPO"),
                 ("project page", "https://wm-po.github.io/")],
        checked="2026-12",
        learn=("WMPO — project page", "https://wm-po.github.io/")),

    # ---------------- WMVLA ----------------

    dict(
        id="unipi",
        name="UniPi (policy as text-guided video)",
        short="UniPi",
        family="WMVLA",
        anim="imaginegoal",
        anim_params=dict(chunk="1"),
        date="2023-02",
        tagline="The policy is a video: generate the future that satisfies the text goal, then read the actions off it.",
        simple=("UniPi recasts decision making as video generation. Given the current image and a text goal, a video "
                "diffusion model draws the frames of the plan; a small inverse-dynamics model then works out which "
                "actions move from one frame to the next. Since every robot sees images, video becomes a shared "
                "interface across tasks, and internet video becomes usable knowledge."),
        mapping="current frame + text goal → video diffusion plan → inverse dynamics between frames → actions",
        math=r"\tau=[x_1,\dots,x_H]\sim p_\theta(\tau\mid x_0,c),\qquad a_t=f_\phi(x_t,x_{t+1})\;\;(\text{inverse dynamics})",
        when="Multi-task or cross-environment control where goals are language and internet video should help.",
        pros=["Images and text act as a universal interface across environments", "Combinatorial generalization to unseen goal combinations", "Pretraining on internet video transfers to realistic real-robot plans"],
        cons=["Plans are open-loop videos; inverse-dynamics errors accumulate", "Sampling a video per decision is slow", "Generated plans can be physically infeasible for the robot"],
        papers=["du2023unipi"],
        sources=[("arXiv 2302.00111", "https://arxiv.org/abs/2302.00111")],
        checked="2026-11",
        learn=("UniPi — project page", "https://universal-policy.github.io/unipi/")),

    dict(
        id="susie",
        name="SuSIE (subgoal synthesis via image editing)",
        short="SuSIE",
        family="WMVLA",
        anim="imaginegoal",
        date="2023-10",
        tagline="Ask an image editor to 'edit' the current view into the next subgoal, then let a goal-reaching policy get there.",
        simple=("Instead of a whole future video, SuSIE imagines just the next checkpoint. It fine-tunes the "
                "InstructPix2Pix image editor on robot and human videos, so 'put the spoon in the pot' turns the "
                "current photo into a picture of a few seconds later. A language-free low-level policy reaches that "
                "picture, and the loop repeats."),
        mapping="current image + instruction → image-editing diffusion → subgoal image → goal-conditioned policy → actions (repeat)",
        math=r"s^{g}\sim p_\theta\big(s^{g}\mid s_t,\ell\big)\;(\text{fine-tuned InstructPix2Pix}),\qquad a_{t:t+k}\sim\pi_\phi\big(a\mid s_t,s^{g}\big)",
        when="When you want internet-scale image-generation priors for novel objects while keeping a precise low-level controller.",
        pros=["As simple as fine-tuning an open-source image-editing model", "State-of-the-art on the CALVIN zero-shot setting (train A, B, C; test D)", "Beat RT-2-X (55B) in real-world scenes with novel objects"],
        cons=["One subgoal image, not a video: short foresight", "The low-level policy must reach generated goals precisely", "The editor can hallucinate subgoals the robot cannot reach"],
        papers=["black2024susie"],
        sources=[("arXiv 2310.10639", "https://arxiv.org/abs/2310.10639"),
                 ("official code", "https://github.com/kvablack/susie")],
        checked="2026-12",
        learn=("SuSIE — project page", "https://rail-berkeley.github.io/susie/")),

    dict(
        id="gr1",
        name="GR-1 (video generative pre-training)",
        short="GR-1",
        family="WMVLA",
        anim="imaginegoal",
        anim_params=dict(chunk="1"),
        date="2023-12",
        tagline="Pre-train a GPT-style model to predict the next frames of human videos, then fine-tune it to predict frames and actions together.",
        simple=("GR-1 first learns 'what happens next' by predicting future frames of Ego4D videos from a language "
                "description. On robot data the same causal transformer keeps predicting future images while also "
                "outputting arm and gripper actions. Forecasting the future acts as a strong training signal, and "
                "transfers knowledge from human video to the robot."),
        mapping="language + past images + robot states → GPT-style causal transformer → future image + action",
        math=r"\text{pre-train: }\min\big\|\hat o_{t+\Delta}-o_{t+\Delta}\big\|^2;\qquad \text{fine-tune: }\mathcal{L}=\mathcal{L}_{\text{action}}(\hat a_t,a_t)+\lambda\big\|\hat o_{t+\Delta}-o_{t+\Delta}\big\|^2",
        when="Language-conditioned multi-task manipulation with limited robot data but plenty of human video.",
        pros=["Video prediction pre-training on about 0.8M Ego4D clips", "CALVIN success 88.9% to 94.9%; unseen-scene zero-shot 53.3% to 85.4%", "One simple causal transformer outputs both images and actions"],
        cons=["Pre-training uses human video only; robot dynamics come from fine-tuning", "Predicting images at every step costs compute", "Tested on CALVIN and a single real arm"],
        papers=["wu2024gr1"],
        sources=[("arXiv 2312.13139", "https://arxiv.org/abs/2312.13139"),
                 ("official code", "https://github.com/bytedance/GR-1")],
        checked="2026-12",
        learn=("GR-1 — project page", "https://gr1-manipulation.github.io/")),

    dict(
        id="gr2",
        name="GR-2 (web-scale video-language-action)",
        short="GR-2",
        family="WMVLA",
        anim="tokenfilm",
        date="2024-10",
        tagline="GR-1 scaled up: 38M internet clips of next-frame prediction, then joint video and action-trajectory fine-tuning.",
        simple=("GR-2 keeps GR-1's bet that a robot should first learn how the world moves. It turns frames into "
                "VQGAN tokens and trains a GPT-style model to continue 38 million text-labeled videos. Fine-tuned on "
                "robot data, it predicts the future video and a whole action trajectory together, with a conditional "
                "VAE for the trajectory."),
        mapping="text + VQGAN frame tokens → GPT-style next-token video pre-training → robot fine-tuning → future video + action trajectory (cVAE)",
        math=r"\text{pre-train: }\max_\theta{\textstyle\sum_t}\log p_\theta\big(v_{t+1}\mid v_{\le t},\ell\big)\;(v=\text{VQGAN tokens});\qquad \text{fine-tune: }+\;\mathcal{L}_{\text{cVAE}}\big(a_{t:t+k}\big)",
        when="Many-task tabletop manipulation and bin-picking where web-video priors should carry over to unseen scenes.",
        pros=["Pre-trained on 38M text-video clips (over 50B tokens)", "97.7% average success over 100+ real tabletop tasks", "Bin-picking success 79.0% vs 33.3% for GR-1"],
        cons=["Technical report: full training details and code not released", "Discrete VQGAN tokens lose fine visual detail", "Large autoregressive model: heavier than compact policies"],
        papers=["cheang2024gr2"],
        sources=[("arXiv 2410.06158", "https://arxiv.org/abs/2410.06158")],
        checked="2026-11",
        learn=("GR-2 — project page", "https://gr2-manipulation.github.io/")),

    dict(
        id="univla-bu",
        name="UniVLA (latent actions)",
        short="UniVLA (latent)",
        family="WMVLA",
        anim="jepa",
        date="2025-05",
        tagline="Learn task-centric latent actions in DINOv2 feature space from any video, plan in them, decode per robot.",
        simple=("This UniVLA (HKU / OpenDriveLab, Bu et al.) invents its own action vocabulary by watching videos: a "
                "latent action model learns which code explains the change between two frames, working on DINOv2 "
                "features and using the instruction so camera shake and background motion are ignored. A VLM is "
                "pre-trained to predict these codes; a small decoder maps them to each robot's real actions."),
        mapping="video frame pairs → DINOv2 features → task-centric latent action codes → VLM predicts codes → per-robot action decoder",
        math=r"z_t=\mathrm{VQ}\big(I(O_t,O_{t+k},\ell)\big),\quad \min\big\|F(O_t,z_t)-O_{t+k}\big\|^2\;(O=\text{DINOv2 features}),\quad \max_\theta{\textstyle\sum}\log p_\theta(z_t\mid o_t,\ell)",
        when="Cross-embodiment policy pre-training from heterogeneous robot, navigation and human videos with little action data.",
        pros=["Latent actions learned in DINOv2 space with language, filtering task-irrelevant dynamics", "About 960 A100 GPU-hours of pre-training, roughly 5% of OpenVLA's", "95.2% average success on LIBERO (official repo table)"],
        cons=["Each robot still needs a fine-tuned action decoder on labeled data", "Discrete latent codes are coarse; precision rests on the decoder", "Two-stage latent action training adds pipeline complexity"],
        papers=["bu2025univla"],
        sources=[("arXiv 2505.06111", "https://arxiv.org/abs/2505.06111"),
                 ("RSS 2025 paper", "https://www.roboticsproceedings.org/rss21/p014.pdf")],
        checked="2026-11",
        learn=("UniVLA (latent actions) — official repo", "https://github.com/OpenDriveLab/UniVLA")),

    dict(
        id="univla-wang",
        name="UniVLA (unified AR)",
        short="UniVLA (unified)",
        family="WMVLA",
        anim="tokenfilm",
        date="2025-06",
        tagline="Vision, language and action as one token stream; world-model post-training on action-free video before learning to act.",
        simple=("This UniVLA (CASIA / BAAI, Wang et al.) is a different model with the same name. It turns images, "
                "text and actions into discrete tokens in one vocabulary and trains a single autoregressive "
                "transformer, starting from the Emu3 multimodal model. Before learning actions it is post-trained as "
                "a world model, predicting future frames of robot videos without action labels."),
        mapping="language + image tokens + action tokens → one autoregressive transformer → world-model post-training on videos → policy fine-tuning",
        math=r"\max_\theta\sum_i\log p_\theta(x_i\mid x_{<i}),\quad x=[\ell,v_1,a_1,v_2,a_2,\dots]\;\;(\text{post-train: predict }v\text{ from action-free video; fine-tune: predict }a)",
        when="When you want one native multimodal model that can also learn dynamics from large action-free video collections.",
        pros=["One shared token vocabulary for vision, language and action (Emu3 backbone)", "World-model post-training learns causal dynamics from action-free videos", "95.5% average success on LIBERO vs 85.5% for pi0-FAST"],
        cons=["Discrete image tokens make long sequences per frame", "Large autoregressive decoding is slow at control time", "Benefit depends on a big video post-training stage"],
        papers=["wang2025univla"],
        sources=[("arXiv 2506.19850", "https://arxiv.org/abs/2506.19850"),
                 ("official code", "https://github.com/baaivision/UniVLA")],
        checked="2026-12",
        learn=("UniVLA (unified AR) — project page", "https://robertwyq.github.io/univla.github.io")),

    dict(
        id="cot-vla",
        name="CoT-VLA (visual chain-of-thought)",
        short="CoT-VLA",
        family="WMVLA",
        anim="imaginegoal",
        date="2025-03",
        tagline="Before acting, the VLA draws a picture of the near future as its 'thought', then emits the action chunk to get there.",
        simple=("Chain-of-thought for robots, but in pictures. CoT-VLA, a 7B model that can both read and generate "
                "image tokens, first generates a subgoal image of how the scene should look a few steps ahead, then "
                "produces a short sequence of actions to reach it. The subgoal part can also be trained on videos "
                "with no actions."),
        mapping="image + instruction → generate subgoal image tokens (causal) → action chunk (full attention) → execute, re-observe",
        math=r"\hat s_{t+n}\sim p_\theta(\cdot\mid s_t,\ell)\;\;(\text{visual CoT, causal attention}),\qquad \hat a_{t:t+m}\sim p_\theta(\cdot\mid s_t,\ell,\hat s_{t+n})\;\;(\text{full attention})",
        when="Long-horizon or reasoning-heavy manipulation where an inspectable intermediate plan helps.",
        pros=["The 'thought' is an image you can look at and debug", "Action-less videos (e.g. EPIC-KITCHENS) help train subgoal generation", "+17% real-world and +6% simulation over the prior best VLA; 81.13% average on LIBERO"],
        cons=["Generating an image before every action chunk adds latency", "7B parameters: heavy to fine-tune and serve", "A wrong subgoal drags the actions with it"],
        papers=["zhao2025cotvla"],
        sources=[("arXiv 2503.22020", "https://arxiv.org/abs/2503.22020"),
                 ("NVIDIA research page", "https://research.nvidia.com/labs/cosmos-lab/cot-vla")],
        checked="2026-12",
        learn=("CoT-VLA — project page", "https://cot-vla.github.io/")),

    dict(
        id="worldvla",
        name="WorldVLA (autoregressive action world model)",
        short="WorldVLA",
        family="WMVLA",
        anim="tokenfilm",
        date="2025-06",
        tagline="One autoregressive model is both the policy (image to action) and the world model (image + action to next image).",
        simple=("WorldVLA trains a single token-predicting model, built on Chameleon, on two jobs at once: predict "
                "actions from images and text, and predict the next image from the current image and action. Each job "
                "helps the other. It also found that generating several actions in a row lets early mistakes leak "
                "forward, and fixes it by masking earlier actions."),
        mapping="text + image tokens → action tokens (action model); image + action tokens → next image tokens (world model) → shared weights",
        math=r"\mathcal{L}=\underbrace{-\log p_\theta\big(a_{t:t+K}\mid\ell,o_{\le t}\big)}_{\text{action model}}\;+\;\alpha\,\underbrace{\big(-\log p_\theta(o_{t+1}\mid o_t,a_t)\big)}_{\text{world model}}",
        when="When you want a VLA that also understands the consequences of its own actions, within one model.",
        pros=["A single model is policy and world model at once", "Outperforms standalone action and world models trained separately", "Action attention mask fixes error propagation in action-chunk generation"],
        cons=["Released code and models cover the LIBERO benchmark", "Discrete image and action tokens limit precision", "Without the mask, autoregressive action chunks degrade"],
        papers=["cen2025worldvla"],
        sources=[("arXiv 2506.21539", "https://arxiv.org/abs/2506.21539"),
                 ("model weights", "https://huggingface.co/Alibaba-DAMO-Academy/WorldVLA")],
        checked="2026-11",
        learn=("WorldVLA — official repo", "https://github.com/alibaba-damo-academy/WorldVLA")),

    dict(
        id="vpp",
        name="Video Prediction Policy (VPP)",
        short="VPP",
        family="WMVLA",
        anim="denoise",
        date="2024-12",
        tagline="Don't render the future, read it: take a video diffusion model's internal features in one pass and condition a diffusion policy on them.",
        simple=("A video diffusion model that can predict the future must already 'know' what is about to move. VPP "
                "fine-tunes one on robot and human manipulation videos, runs a single forward pass, and grabs its "
                "internal features instead of generating whole videos. A diffusion-transformer policy reads those "
                "predictive features to choose actions, learning an implicit inverse dynamics model."),
        mapping="image + instruction → fine-tuned video diffusion model (one pass) → predictive features (Video Former) → diffusion policy → actions",
        math=r"F_t=\mathrm{VDM}_\theta\big(x^{(k)},o_t,\ell\big)\;(\text{single forward pass}),\qquad \mathcal{L}=\mathbb{E}\big\|\epsilon-\epsilon_\psi\big(a^{(j)}_{t:t+H},j\mid\mathrm{Former}(F_t)\big)\big\|^2",
        when="When you want video-model foresight inside a policy but cannot afford full video generation at control time.",
        pros=["One forward pass through the video model: no full video generation at control time", "18.6% relative improvement on CALVIN ABC to D over the prior state of the art", "31.6% higher success on complex real-world dexterous manipulation"],
        cons=["Requires fine-tuning a large video model on robot and human data", "Predictive features are implicit and hard to inspect", "Two separate training stages"],
        papers=["hu2025vpp"],
        sources=[("arXiv 2412.14803", "https://arxiv.org/abs/2412.14803"),
                 ("official code", "https://github.com/roboterax/video-prediction-policy")],
        checked="2026-12",
        learn=("Video Prediction Policy — project page", "https://video-prediction-policy.github.io/")),

    dict(
        id="lapa",
        name="LAPA (Latent Action Pretraining from Videos)",
        short="LAPA",
        family="WMVLA",
        anim="tokenfilm",
        date="2024-10",
        tagline="Learn discrete latent actions from frame pairs with a VQ-VAE, pre-train a VLA to predict them, then map them to real actions.",
        simple=("LAPA pre-trains a robot policy without any robot action labels. A VQ-VAE watches two frames and "
                "learns a small code for 'what changed', forced to be useful for redrawing the future frame. A "
                "vision-language model is then trained to predict that code from the current image and instruction, "
                "and a little labeled robot data finally maps codes to real motor commands."),
        mapping="frame pair → VQ-VAE latent action code → VLM predicts codes from image + text → fine-tune on few labeled robot actions",
        math=r"z_t=\arg\min_{c_k}\big\|d_t-c_k\big\|_2,\;d_t=e_{t+H}-e_t;\qquad \min\big\|x_{t+H}-D(x_t,z_t)\big\|^2;\qquad \max_\theta{\textstyle\sum}\log p_\theta(z_t\mid x_t,\ell)",
        when="Pre-training a VLA from action-free robot or human videos when labeled teleop data is scarce.",
        pros=["Pre-trains a VLA with no ground-truth robot actions", "Real tabletop success 50.1% vs 43.9% for OpenVLA pre-trained on the same Open-X data", "Over 30x more efficient pre-training: 8 H100 GPUs for 34 hours"],
        cons=["Coarse latent actions: weaker at precise grasping", "Still needs labeled robot data to map latents to real actions", "Pixel-based latent actions can also encode camera or background motion"],
        papers=["ye2025lapa"],
        sources=[("arXiv 2410.11758", "https://arxiv.org/abs/2410.11758"),
                 ("official code", "https://github.com/LatentActionPretraining/LAPA")],
        checked="2026-12",
        learn=("LAPA — project page", "https://latentactionpretraining.github.io/")),

    dict(
        id="dreamzero",
        name="DreamZero (World Action Model)",
        short="DreamZero",
        family="WMVLA",
        anim="imaginegoal",
        date="2026-02",
        tagline="A 14B autoregressive video-diffusion model that jointly predicts future video and robot actions, used directly as the policy.",
        simple=("VLAs inherit word-and-picture knowledge from vision-language models but often fail at physical "
                "motions they never saw. DreamZero starts instead from a pretrained video diffusion model (Wan2.1 14B "
                "image-to-video) and trains it to denoise the future video and the action chunk together, so actions "
                "are read off an imagined future. Heavy system and model optimization lets the 14B model run "
                "closed-loop at 7 Hz, and short video-only demos from other robots or humans can teach it new tasks."),
        mapping="camera image + instruction → causal video-diffusion backbone (Wan2.1-I2V-14B) → jointly denoised future frames + action chunk → execute, then condition on the real next frames",
        math=r"\mathcal{L}=\mathbb{E}_{\tau,\epsilon}\Big\|v_\theta\big([x^{\text{vid}}_\tau,x^{\text{act}}_\tau],\tau\mid o_{\le t},\ell\big)-\big([\epsilon^{\text{vid}},\epsilon^{\text{act}}]-[o_{t+1:t+H},a_{t:t+H}]\big)\Big\|^2",
        when="Generalist manipulation where unseen tasks and environments matter more than tightly tuned in-distribution skill.",
        pros=["Over 2× better generalization to new tasks and environments than state-of-the-art VLAs in real-robot tests", "A 14B video model runs real-time closed-loop control at 7 Hz", "10–20 minutes of video-only demos from other robots or humans give over 42% relative improvement on unseen tasks"],
        cons=["Action quality is capped by video-prediction quality", "Needs high-end GPUs to reach real time: far heavier than typical VLAs", "A new robot still needs some of its own data (about 30 minutes of play data)"],
        papers=["ye2026dreamzero"],
        sources=[("arXiv 2602.15922", "https://arxiv.org/abs/2602.15922"),
                 ("official code", "https://github.com/dreamzero0/dreamzero")],
        checked="2026-12",
        learn=("DreamZero — project page", "https://dreamzero0.github.io/")),

    dict(
        id="cosmos-policy",
        name="Cosmos Policy (video model as policy, world model and value)",
        short="Cosmos Policy",
        family="WMVLA",
        anim="plan",
        date="2026-01",
        tagline="Fine-tune Cosmos-Predict2 once so that actions, future states and values become extra latent frames it denoises.",
        simple=("Instead of bolting an action head onto a video model, Cosmos Policy writes the robot's "
                "proprioception, its action chunk, future camera images and a value (expected return) into extra "
                "latent frames of the video model's own diffusion sequence. One stage of post-training on the target "
                "robot's demonstrations, with no architecture change, makes the same model a policy, a world model "
                "and a value function. At test time it can simply act — or sample several action chunks, imagine "
                "where each leads, and keep the one with the highest predicted value."),
        mapping="camera frames + proprioception → Cosmos-Predict2 latent sequence with injected action / future-state / value frames → joint denoising → act directly, or best-of-N by predicted value",
        math=r"\mathbf{x}=\big[z_{o_t},\,z_{q_t},\,z_{a_{t:t+H}},\,z_{o_{t+H}},\,z_{V}\big],\quad \mathcal{L}=\mathbb{E}_{\sigma,\epsilon}\big\|D_\theta(\mathbf{x}+\sigma\epsilon;\sigma,\ell)-\mathbf{x}\big\|^2\;(\text{base model's diffusion loss}),\quad a^\star=\arg\max_{n\le N}\hat V\big(\hat o^{(n)}_{t+H}\big)",
        when="Turning an open video foundation model into a strong manipulation policy in one training stage, with optional test-time planning.",
        pros=["State-of-the-art average success on LIBERO (98.5%) and RoboCasa (67.1%)", "Single post-training stage, no new modules or architecture changes", "The same model imagines future states and values, enabling best-of-N planning at test time"],
        cons=["Planning needs extra policy-rollout data to refine the world model and value", "Planning multiplies inference cost: several imagined futures per action chunk", "Tied to the Cosmos-Predict2 backbone and its latent tokenizer"],
        papers=["kim2026cosmospolicy"],
        sources=[("arXiv 2601.16163", "https://arxiv.org/abs/2601.16163"),
                 ("official code", "https://github.com/NVlabs/cosmos-policy")],
        checked="2026-12",
        learn=("Cosmos Policy — NVIDIA research page", "https://research.nvidia.com/labs/dir/cosmos-policy/")),

    dict(
        id="3d-vla",
        name="3D-VLA (3D vision-language-action generative world model)",
        short="3D-VLA",
        family="WMVLA",
        anim="imaginegoal",
        date="2024-03",
        tagline="A 3D-aware VLA that imagines the goal as an image and a point cloud before it plans, via diffusion models aligned to an LLM.",
        simple=("Most VLAs map 2D pictures straight to actions. 3D-VLA starts from a 3D-based large language model "
                "and adds special interaction tokens for objects, locations and actions. To give it imagination, "
                "separate embodied diffusion models are trained to generate the goal image (with or without depth) "
                "and the goal point cloud, and are aligned with the LLM so that it can call them. Training data is a "
                "3D embodied instruction dataset extracted from existing robotics datasets."),
        mapping="multi-view images + instruction → 3D-LLM with interaction tokens → goal image / depth / point cloud from aligned diffusion decoders → action tokens",
        math=r"y_{1:L}\sim p_\theta\big(y\mid \mathrm{3D}(o),\ell\big),\;\;y\ni\{\langle\text{loc}\rangle,\langle\text{img}\rangle,\langle\text{pcd}\rangle,\langle\text{act}\rangle\};\qquad \mathcal{L}_{\text{goal}}=\mathbb{E}\big\|\epsilon-\epsilon_\phi\big(z^{g}_{\tau},\tau,z_0,\,\mathrm{proj}\big(h_{\langle\text{img}\rangle}\big)\big)\big\|^2",
        when="When a robot should reason about 3D layout and see an imagined goal state before acting.",
        pros=["Brings 3D perception (depth, point clouds) into a generative VLA", "The imagined goal image and point cloud can be inspected", "Goal-image, goal-depth and goal-point-cloud diffusion checkpoints are released"],
        cons=["Results are reported mainly on held-in datasets", "Chains an LLM with separate diffusion decoders: heavy at inference", "Imagines one goal state, not a rollout of the dynamics"],
        papers=["zhen2024vla3d"],
        sources=[("arXiv 2403.09631", "https://arxiv.org/abs/2403.09631"),
                 ("official code", "https://github.com/UMass-Foundation-Model/3D-VLA")],
        checked="2026-12",
        learn=("3D-VLA — project page", "https://vis-www.cs.umass.edu/3dvla")),

    dict(
        id="gen2act",
        name="Gen2Act (human video generation, then robot execution)",
        short="Gen2Act",
        family="WMVLA",
        anim="imaginegoal",
        date="2024-09",
        tagline="Generate a video of a human doing the task in the robot's scene, then a policy translates that imagined motion into robot actions.",
        simple=("Robot data is scarce, but web video is full of people manipulating things. Gen2Act asks a pretrained "
                "video model (VideoPoet, used zero-shot with no fine-tuning) to show a human performing the instruction "
                "in the robot's current scene. A closed-loop policy, trained by behavior cloning on robot data plus an "
                "auxiliary loss that predicts point tracks, then follows the motion cues of that generated video. "
                "Chaining it, by generating the next video from the last frame, handles long activities such as making coffee."),
        mapping="first frame + instruction → pretrained video model (zero-shot) → generated human video → video-conditioned policy (+ point-track loss) → robot actions",
        math=r"V_g\sim p_{\text{video}}\big(V\mid I_0,\ell\big)\;(\text{frozen, zero-shot});\qquad \mathcal{L}=\mathcal{L}_{\text{BC}}\big(\pi_\theta(I_{t-k:t},V_g),\,a_t\big)+\lambda\,\mathcal{L}_{\text{track}}\big(\hat P_{\text{tracks}},P_{\text{tracks}}\big)",
        when="When the robot must handle unseen object types or new motions that its own demonstrations never covered.",
        pros=["The video model is used zero-shot: no fine-tuning on robot data", "Web-scale human motion knowledge reaches unseen objects and motions", "Chains into long-horizon activities by regenerating from the last frame"],
        cons=["Errors in the generated human video propagate to the robot", "Generating a video before each task adds latency", "Built on VideoPoet, whose weights are not public"],
        papers=["bharadhwaj2024gen2act"],
        sources=[("arXiv 2409.16283", "https://arxiv.org/abs/2409.16283")],
        checked="2026-11",
        learn=("Gen2Act — project page", "https://homangab.github.io/gen2act/")),

    dict(
        id="seer",
        name="Seer (Predictive Inverse Dynamics Models)",
        short="Seer",
        family="WMVLA",
        anim="imaginegoal",
        date="2024-12",
        tagline="Forecast the next camera frame, then infer the actions that get there, trained end to end in one transformer.",
        simple=("Seer closes the loop between seeing and acting. A foresight token in the transformer is trained to "
                "reconstruct a future RGB frame; an action token, which can attend to that foresight, predicts the "
                "actions in between, like an inverse-dynamics model aimed at the robot's own forecast. Everything is "
                "trained end to end, first on large robot datasets such as DROID, then fine-tuned with a little "
                "task data. The code base builds on GR-1."),
        mapping="images + language + robot state → transformer with [FRS] foresight and [INV] action tokens → reconstruct future frame → inverse dynamics → action chunk",
        math=r"\hat o_{t+n}=D_\psi\big(f^{\text{FRS}}_t\big),\quad \hat a_{t:t+n-1}=g_\phi\big(f^{\text{INV}}_t\big),\ f^{\text{INV}}_t\ \text{attends to}\ f^{\text{FRS}}_t;\qquad \mathcal{L}=\big\|\hat o_{t+n}-o_{t+n}\big\|^2+\lambda\,\mathcal{L}_{\text{act}}\big(\hat a_{t:t+n-1},a_{t:t+n-1}\big)",
        when="Language-conditioned manipulation where large robot datasets exist for pre-training and only a little target data.",
        pros=["Improvements of 13% on LIBERO-LONG, 22% on CALVIN ABC-D and 43% in real-world tasks (ICLR 2025 paper)", "Foresight and inverse dynamics trained jointly, not as two decoupled models", "Scales with model size after DROID pre-training"],
        cons=["Forecasts one future frame: short foresight", "Pre-training needs robot datasets with actions", "Pixel reconstruction spends capacity on task-irrelevant detail"],
        papers=["tian2025seer"],
        sources=[("arXiv 2412.15109", "https://arxiv.org/abs/2412.15109"),
                 ("official code", "https://github.com/OpenRobotLab/Seer")],
        checked="2026-12",
        learn=("Seer — project page", "https://nimolty.github.io/Seer/")),

    dict(
        id="dreamvla",
        name="DreamVLA (comprehensive world-knowledge forecasting)",
        short="DreamVLA",
        family="WMVLA",
        anim="jepa",
        date="2025-07",
        tagline="Instead of a whole future image, forecast compact world knowledge (dynamic regions, depth, semantics), then act by inverse dynamics.",
        simple=("Predicting full future frames wastes effort on pixels that do not matter. DreamVLA has learnable 'dream' queries in a large multimodal model forecast only what an action needs: how the regions that will move will look (a motion mask from point tracks picks them out), future depth, and high-level semantic features. A block-wise structured attention mask keeps the three predictions from leaking into each other, and a diffusion transformer turns the resulting world embedding into an action chunk. Its code builds on Seer."),
        mapping="image + language + robot state → LLM with <dream> queries → predicted dynamic regions, depth, semantics (training heads) → world embedding → diffusion transformer → action chunk",
        math=r"w_t=\mathrm{LLM}_\theta\big(o_t,s_t,\ell,\langle\text{dream}\rangle\big);\quad \mathcal{L}=\lambda_1\big\|M_{t+n}\odot(\hat x_{t+n}-x_{t+n})\big\|^2+\lambda_2\,\mathcal{L}_{\text{SI}}\big(\hat d_{t+n},d_{t+n}\big)+\lambda_3\big(1-\cos(\hat c_{t+n},c_{t+n})\big)+\mathcal{L}_{\text{DiT}}\big(a_{t:t+n-1}\mid w_t\big),\quad \mathcal{L}_{\text{SI}}=\sqrt{\tfrac{1}{N}\textstyle\sum_i\delta_i^2-\tfrac{1}{2}\big(\tfrac{1}{N}\sum_i\delta_i\big)^2},\;\; \delta_i=\log d_i-\log\hat d_i",
        when="When you want foresight in a VLA without paying for full future-image generation.",
        pros=["76.7% success on real robot tasks and 4.44 average length on CALVIN ABC-D", "Predicts compact, action-relevant knowledge rather than whole frames", "Block-wise structured attention keeps dynamic, spatial and semantic cues disentangled"],
        cons=["Targets come from off-the-shelf perception models, whose errors it inherits", "Three prediction targets plus a diffusion head: many loss weights to tune", "Evaluated on CALVIN, LIBERO and a real arm: a narrow task set"],
        papers=["zhang2025dreamvla"],
        sources=[("arXiv 2507.04447", "https://arxiv.org/abs/2507.04447"),
                 ("official code", "https://github.com/Zhangwenyao1/DreamVLA")],
        checked="2026-12",
        learn=("DreamVLA — project page", "https://zhangwenyao1.github.io/DreamVLA")),


    # ---- WMVLA: added 2026-12 ----

    dict(
        id="dreamitate",
        name="Dreamitate (video generation of human tool use, then tracking)",
        short="Dreamitate",
        family="WMVLA",
        anim="imaginegoal",
        date="2024-06",
        added="2026-12",
        tagline="Fine-tune Stable Video Diffusion on human tool-use demos, generate the task in a new scene, track the tool, and let the robot copy it.",
        simple="Dreamitate sidesteps the human-robot embodiment gap with shared tools. Humans demonstrate a task holding a tool the robot can also hold; a video diffusion model pretrained on internet video is fine-tuned on these stereo demos. At test time it generates a video of the task in the new scene, the tool's 6D pose is tracked through the generated frames, and the robot executes that tool trajectory.",
        mapping="stereo image of new scene → fine-tuned video diffusion model → generated tool-use video → 3D tool tracking (MegaPose) → robot executes tool trajectory",
        math=r"\hat x_{1:T}\sim p_\theta\big(\cdot\mid x_0\big)\;(\text{fine-tuned SVD}),\qquad T_{1:T}=\mathrm{Track}\big(\hat x_{1:T}\big)\;(\text{tool 6D poses}),\qquad a_t=T_t",
        when="Real-world manipulation with a graspable tool, when generalisation to unseen objects and scenes matters more than speed.",
        pros=["Outperforms Diffusion Policy on all 4 real-world tasks with unseen objects (project page)", "Human demonstrations instead of teleoperation; internet-video priors from Stable Video Diffusion", "The generated video is an interpretable plan"],
        cons=["Open loop: generate, track, then execute", "Needs a known, trackable rigid tool and stereo cameras (MegaPose tracking)", "The demo app needs about 70 GB of GPU memory (README)"],
        papers=["liang2024dreamitate"],
        sources=[("arXiv 2406.16862 (abstract)", "https://arxiv.org/abs/2406.16862"),
                 ("official repo README (CoRL 2024, SVD base, acknowledgements)", "https://github.com/cvlab-columbia/dreamitate"),
                 ("project page", "https://dreamitate.cs.columbia.edu/")],
        checked="2026-12",
        learn=("Dreamitate — project page", "https://dreamitate.cs.columbia.edu/")),

    dict(
        id="pad",
        name="PAD (Prediction with Action, joint denoising)",
        short="PAD",
        family="WMVLA",
        anim="denoise",
        date="2024-11",
        added="2026-12",
        aliases=["Prediction with Action"],
        tagline="One diffusion transformer denoises future images and robot actions together, so the policy shares the video model's physics.",
        simple="Image diffusion models and diffusion policies run the same kind of denoising process, and predicting the future and choosing actions depend on the same physics. PAD puts both in one Diffusion Transformer: current image, robot state and instruction in; future image and action chunk denoised together out. It can co-train on large video datasets without actions and extend to depth images.",
        mapping="current image + robot state + instruction → DiT → jointly denoised future image latent + action chunk",
        math=r"\mathcal{L}=\mathbb{E}_{k,\epsilon}\Big\|\epsilon-\epsilon_\theta\big(\big[z^{(k)}_{t+1},\,a^{(k)}_{t:t+H}\big],\,k\mid o_t,s_t,\ell\big)\Big\|^2\quad(\text{shared noise level }k)",
        when="Data-efficient multi-task visual imitation where future-image prediction should shape the actions.",
        pros=["26.3% relative improvement on the full Metaworld benchmark with a single text-conditioned policy (arXiv abstract)", "28.0% higher success on unseen real-world tasks than the strongest baseline (abstract)", "Co-trains on action-free video and extends to depth"],
        cons=["Actions cannot be produced without also denoising the future image, which slows inference (UVA's critique)", "One shared diffusion timestep for image and action (UWM separates them)", "The OpenReview abstract reports 38.9% instead of 26.3%: versions differ"],
        papers=["guo2024pad"],
        sources=[("arXiv 2411.18179 (abstract)", "https://arxiv.org/abs/2411.18179"),
                 ("OpenReview NeurIPS 2024 record", "https://openreview.net/forum?id=teVxVdy8R2")],
        checked="2026-12",
        learn=("PAD — project page", "https://sites.google.com/view/pad-paper")),

    dict(
        id="moto",
        name="Moto (latent motion tokens for robot pre-training)",
        short="Moto",
        family="WMVLA",
        anim="tokenfilm",
        date="2024-12",
        added="2026-12",
        aliases=["Moto-GPT", "Latent Motion Token"],
        tagline="Turn video into discrete latent motion tokens, pre-train a GPT to predict the next ones, then co-fine-tune it to output robot actions.",
        simple="Moto learns a 'language' of motion from video without action labels. A Latent Motion Tokenizer (VQ-VAE) compresses what changed between two frames into 8 discrete tokens, and its decoder can turn a frame plus tokens back into the next frame. Moto-GPT is pre-trained to predict the next motion tokens from an instruction and a first frame, i.e. to anticipate how the scene will move. Fine-tuning adds action-query tokens that read these motion priors and output real robot actions, while motion-token prediction continues.",
        mapping="frame pairs → Latent Motion Tokenizer (VQ, 8 tokens) → Moto-GPT predicts next motion tokens from text + first frame → action queries + MLP head → robot actions",
        math=r"\mathcal{L}_{\text{motion}}=-\sum_{i=1}^{M}\log P\big(m_i\mid l,\,v,\,m_{<i};\Theta\big),\qquad \mathcal{L}_{\text{ft}}=\mathcal{L}_{\text{motion}}+\mathcal{L}_{\text{action}},\quad \mathcal{L}_{\text{action}}=L(\Delta x)+L(\Delta\theta)+L(\Delta\text{grip})",
        when="Pre-training a manipulation policy on action-free robot or human video before fine-tuning on a little labelled data.",
        pros=["CALVIN ABC→D average length 3.10 from a static camera alone, vs 3.06 for GR-1 with extra gripper camera and proprioception (Table 3)", "SIMPLER overall success 0.614 with a 98M-parameter GPT backbone, vs 0.607 for RT-2-X (Table 2)", "Adding human videos (SSV2) raised SIMPLER Move Near from 60.4% to 78.3% (Fig. 9); code released"],
        cons=["Motion tokens encode frame-to-frame change only: an action head is still needed for precise control", "Discrete 128-entry codebook and down-sampled video bound the motion detail", "Real-world tests are small: three tasks, 30 demonstrations each, 10 trials per task"],
        papers=["chen2025moto"],
        sources=[("arXiv 2412.04445 (v4 text: Secs. 2-5, Tables 2-3)", "https://arxiv.org/abs/2412.04445"),
                 ("official code README (acknowledges GR-1 code)", "https://github.com/TencentARC/Moto")],
        checked="2026-12",
        learn=("Moto — project page", "https://chenyi99.github.io/moto/")),

    dict(
        id="uva",
        name="UVA (Unified Video Action model)",
        short="UVA",
        family="WMVLA",
        anim="denoise",
        date="2025-03",
        added="2026-12",
        aliases=["Unified Video Action Model"],
        tagline="One joint video-action latent with two light diffusion heads: predict video and actions together, but skip video at control time.",
        simple="UVA learns a single latent representation for both future video frames and robot actions, then decodes each with its own small diffusion head. Because action decoding does not wait for video generation, the policy runs fast. Randomly masking actions or frames during training lets the same model act as a policy, a video generator, a forward dynamics model or an inverse dynamics model.",
        mapping="past frames + actions → masked autoregressive transformer → joint video-action latent → video diffusion head (optional) + action diffusion head → actions",
        math=r"z_t=f_\theta\big(o_{\le t},a_{<t},\text{mask}\big),\qquad \mathcal{L}=\mathbb{E}\big\|\epsilon-\epsilon_v\big(v^{(k)}_{t+1:t+H},k\mid z_t\big)\big\|^2+\mathbb{E}\big\|\epsilon-\epsilon_a\big(a^{(k)}_{t:t+H},k\mid z_t\big)\big\|^2",
        when="When you want video prediction to improve a policy without paying for video generation at inference.",
        pros=["Decoupled decoding: 0.23 s per action trajectory vs 24.07 s for UniPi (Table I)", "Multi-task success above Diffusion Policy and OpenVLA on PushT-M and Libero10 (Table I)", "One model also serves as forward/inverse dynamics and video generator; code released"],
        cons=["Video prediction is short (4 future frames in the experiments, per the project page)", "No large-scale web-video pretraining yet (README notes this as future work)", "Two-stage training (video first, then video + action) is recommended in the README"],
        papers=["li2025uva"],
        sources=[("arXiv 2503.00200", "https://arxiv.org/abs/2503.00200"),
                 ("paper PDF from the project page (Related Work, Tables I-IV)", "https://unified-video-action-model.github.io/static/UVA_paper.pdf"),
                 ("official code README", "https://github.com/ShuangLI59/unified_video_action")],
        checked="2026-12",
        learn=("Unified Video Action Model — project page", "https://unified-video-action-model.github.io/")),

    dict(
        id="uwm",
        name="UWM (Unified World Models)",
        short="UWM",
        family="WMVLA",
        anim="denoise",
        date="2025-04",
        added="2026-12",
        aliases=["Unified World Model"],
        tagline="One diffusion transformer with separate timesteps for actions and next frames: policy, forward and inverse dynamics, video model in one.",
        simple="UWM couples action diffusion and video diffusion in a single transformer, but gives each modality its own diffusion timestep. Setting the action's noise to full marginalises actions (video prediction); setting it to zero conditions on them (forward dynamics); and so on, so one model acts as policy, forward dynamics, inverse dynamics and video generator. Videos without actions can be used for training by treating the missing actions as pure noise.",
        mapping="(o, a, o') robot triplets or (o, o') action-free videos → independent noise on a and o' → unified diffusion transformer → chosen mode (policy / dynamics / video)",
        math=r"\mathcal{L}=\mathbb{E}_{t_a,t_o,\epsilon_a,\epsilon_o}\Big\|\big(\epsilon_a,\epsilon_o\big)-\epsilon_\theta\big(a^{t_a},\,o'^{\,t_o},\,t_a,\,t_o\mid o\big)\Big\|^2,\qquad \text{policy: }t_o=T,\;\;\text{forward dynamics: }t_a=0",
        when="Pretraining a robot policy on large multitask datasets plus action-free video.",
        pros=["Learns from action-free video directly, by treating missing actions as noise", "One network gives policy, forward dynamics, inverse dynamics and video prediction", "More robust policies than imitation learning after DROID pretraining, ID and OOD (abstract, project page)"],
        cons=["Pretraining shown on a subset of DROID (project page), far from web scale", "Predicts next observations in VAE latent space: extra VAE and video-diffusion cost over a plain diffusion policy", "Video co-training gains are shown with in-domain video (project page)"],
        papers=["zhu2025uwm"],
        sources=[("arXiv 2504.02792", "https://arxiv.org/abs/2504.02792"),
                 ("official code (baseline configs for DP, GR1, PAD) + RSS 2025 BibTeX", "https://github.com/WEIRDLabUW/unified-world-model"),
                 ("project page", "https://weirdlabuw.github.io/uwm/")],
        checked="2026-12",
        learn=("Unified World Models — project page", "https://weirdlabuw.github.io/uwm/")),

    # ---------------- Position ----------------

    dict(
        id="lecun-path",
        name="A Path Towards Autonomous Machine Intelligence (LeCun)",
        short="LeCun's AMI Path",
        family="Position",
        anim="debate",
        anim_params=dict(value="efficiency"),
        date="2022-06",
        tagline="LeCun's blueprint: an agent that plans with a world model predicting in representation space (JEPA), not in pixels.",
        simple=("Why does a teenager learn to drive in about twenty hours while AI needs millions of trials? LeCun's "
                "2022 position paper answers with an agent built around a world model that predicts the future in an "
                "abstract representation space, skipping the pixel details it could never predict anyway. The core "
                "brick is JEPA: encode the present and the future, predict the future's encoding, and let a latent "
                "variable z carry what is uncertain. Acting means searching for the actions whose imagined future has "
                "the lowest cost."),
        mapping="observation → encoder s_x → JEPA predictor (+ latent z) → predicted state s_y → cost-minimizing action search",
        math=r"E_w(x,y,z)=D\big(s_y,\;\mathrm{Pred}(s_x,z)\big),\quad F_w(x,y)=\min_{z}E_w(x,y,z);\qquad a^{*}_{1:T}=\arg\min_{a_{1:T}}\sum_{t=1}^{T}C(s_t),\;\; s_{t+1}=\mathrm{Pred}(s_t,a_t)",
        when="As the root of the JEPA family and the clearest statement of the 'don't predict pixels' side of the debate.",
        pros=["Named the JEPA idea that I-JEPA and V-JEPA later trained at scale", "Handles uncertainty with a latent variable instead of blurry averages", "Ties world model, cost, actor and memory into one agent design"],
        cons=["A blueprint, not a trained system: no experiments in the paper", "Leaves collapse-free training of hierarchical JEPAs open", "Its case against generative world models is argued, not measured"],
        papers=["lecun2022path"],
        sources=[("OpenReview (paper, v0.9.2)", "https://openreview.net/forum?id=BZ5a1r-kVsf")],
        checked="2026-11",
        learn=("Yann LeCun — Self-Supervised Learning, JEPA, World Models (Harvard CMSA talk)", "https://www.youtube.com/watch?v=yUmDRxV0krg")),

    dict(
        id="general-agents",
        name="General Agents Need World Models (Richens et al.)",
        short="General Agents",
        family="Position",
        anim="debate",
        date="2025-05",
        tagline="A theorem: any agent that reliably reaches multi-step goals carries a world model you can read back out of its policy.",
        simple=("Is model-free learning enough, or must a capable agent secretly know how its world works? Richens "
                "and colleagues prove that if an agent almost always achieves goals of depth n in a controlled Markov "
                "process, its choices alone pin down the environment's transition probabilities. Offer it carefully "
                "balanced pairs of goals, watch which one it picks, and you extract a world model whose error shrinks "
                "as the agent gets better and the goals get longer. There is no general competence without a world "
                "model."),
        mapping="goal-conditioned policy → queries with competing depth-n goals → choices reveal P(s'|s,a) → extracted world model",
        math=r"P(\tau\models\psi\mid\pi)\;\ge\;(1-\delta)\max_{\pi'}P(\tau\models\psi\mid\pi')\;\;\forall\psi\in\Psi_n\;\;\Longrightarrow\;\;\big|\hat P_{ss'}(a)-P_{ss'}(a)\big|=\mathcal{O}\big(1/\sqrt{n}\big)\;\;(\hat P\ \text{read from}\ \pi)",
        when="When debating whether model-free or LLM agents can be general, or when you want to pull a world model out of a black-box agent.",
        pros=["Architecture-agnostic: holds however the agent was built or trained", "Comes with an algorithm that extracts the model from the policy alone", "Quantitative: extracted-model error falls like 1/√n with goal depth"],
        cons=["Assumes a finite, fully observed, stationary environment", "Extractable does not mean the agent actually plans with it", "Experiments only on a small random environment (20 states, 5 actions)"],
        papers=["richens2025general", "richens2024robust"],
        sources=[("ICML 2025 paper (OpenReview)", "https://openreview.net/forum?id=dlIoumNiXt"),
                 ("predecessor: arXiv 2402.10877 (ICLR 2024)", "https://arxiv.org/abs/2402.10877")],
        checked="2026-11",
        learn=("General agents contain world models — arXiv (extended version)", "https://arxiv.org/abs/2506.01622")),

    dict(
        id="vafa-eval",
        name="Evaluating the World Model Implicit in a Generative Model (Myhill–Nerode metrics)",
        short="Myhill-Nerode Eval",
        family="Position",
        anim="debate",
        date="2024-06",
        tagline="Next-token accuracy can look perfect while the implied map of the world is incoherent; Myhill–Nerode metrics catch it.",
        simple=("A transformer trained on New York taxi turn-by-turn directions almost always outputs valid routes — "
                "so does it know the map? Vafa and colleagues say: test the state, not the next token. Two histories "
                "that end in the same state must allow the same futures (compression), and histories in different "
                "states must be told apart by the right continuations (distinction). Rebuilding Manhattan from the "
                "model's behaviour reveals streets that do not exist, and routing breaks as soon as detours appear."),
        mapping="sequence model → sample continuations after two prefixes → compare with the true DFA's Myhill–Nerode boundary → compression / distinction scores",
        math=r"\mathrm{MNB}(s_1,s_2)=\{x:\ s_1x\ \text{valid},\ s_2x\ \text{invalid},\ \text{all proper prefixes valid after both}\};\quad \mathrm{prec}=\frac{|\widehat{\mathrm{MNB}}\cap\mathrm{MNB}|}{|\widehat{\mathrm{MNB}}|},\;\;\mathrm{rec}=\frac{|\widehat{\mathrm{MNB}}\cap\mathrm{MNB}|}{|\mathrm{MNB}|}",
        when="Whenever a sequence model is said to 'have a world model' because it predicts well, and the true world fits a finite automaton.",
        pros=["Model-agnostic: needs only samples and next-token probabilities", "Catches incoherence that next-token tests and state probes miss", "Shown on navigation, Othello and logic puzzles (including LLMs)"],
        cons=["Needs a known ground-truth automaton (DFA)", "Boundary estimates are sampled and depend on an acceptance threshold ε", "Diagnoses a broken world model; does not say how to train a better one"],
        papers=["vafa2024evaluating"],
        sources=[("arXiv 2406.03689", "https://arxiv.org/abs/2406.03689")],
        checked="2026-11",
        kind="evaluation",
        learn=("world-model-evaluation — official code", "https://github.com/keyonvafa/world-model-evaluation")),

    dict(
        id="physics-law",
        name="How Far Is Video Generation from a World Model? (Physical-Law Perspective)",
        short="Physical-Law Test",
        family="Position",
        anim="debate",
        date="2024-11",
        tagline="Video diffusion trained on a 2D physics simulator: perfect in distribution, fails out of it, copies the closest case.",
        simple=("Sora's report suggested that scaling video generation leads to world simulators. Kang and colleagues "
                "test the claim cleanly: a 2D simulator renders balls moving, colliding and flying under exact laws, "
                "giving unlimited training data (up to 3M videos) and exact answers. Diffusion video models trained "
                "on it predict perfectly inside the training range and improve on new combinations with scale, but "
                "fail on unseen speeds: they copy the nearest training case, matching color first, then size, then "
                "velocity, then shape."),
        mapping="2D physics simulator → videos governed by known laws → train video diffusion (VAE + transformer) → parse predicted velocities → in-dist / OOD / combinatorial error",
        math=r"\hat x_{1:T}\sim p_\theta\big(x_{1:T}\mid x_{\le c}\big),\qquad e=\frac{1}{T}\sum_{t=1}^{T}\big\|\hat v_t-v_t\big\|\;\;(\hat v_t\ \text{parsed from generated frames},\ v_t\ \text{from the simulator})",
        when="When asking whether a video model learned a law or memorized examples, before trusting 'just scale it'.",
        pros=["Exact ground truth: errors are measured in velocity, not by eye", "Controlled scaling of both data and model size", "Clear diagnosis: case-based generalization, priority color > size > velocity > shape"],
        cons=["Toy 2D scenes of simple shapes without texture", "Trains its own models rather than testing frontier systems", "Covers only classical mechanics (uniform motion, collision, parabola)"],
        papers=["kang2025howfar"],
        sources=[("arXiv 2411.02385", "https://arxiv.org/abs/2411.02385"),
                 ("official code and data", "https://github.com/phyworld/phyworld")],
        checked="2026-12",
        kind="evaluation",
        learn=("PhyWorld — project page", "https://phyworld.github.io")),

    dict(
        id="physics-iq",
        name="Physics-IQ Benchmark",
        short="Physics-IQ",
        family="Position",
        anim="debate",
        date="2025-01",
        tagline="Real filmed physics experiments that video models must continue: visual realism does not imply physical understanding.",
        simple=("Physics-IQ films 66 real experiments (collisions, fluids, magnets, light and shadow), each from "
                "three angles and twice, 396 videos in all. A model sees the start (3 seconds, or a single frame) and "
                "must generate the next 5 seconds; the benchmark checks where, when and how much things move against "
                "the real footage. In the paper the best model (VideoPoet, multi-frame) reaches 29.5% of what a "
                "second real take achieves, and Sora scores 10.0%."),
        mapping="real experiment → first 3 s (or one frame) given → model generates next 5 s → motion-mask metrics vs. real take → Physics-IQ score",
        math=r"\mathrm{sIoU}=\frac{|M_{\hat v}\cap M_{v}|}{|M_{\hat v}\cup M_{v}|}\ (\text{motion masks}),\ \text{plus spatiotemporal IoU, weighted IoU, MSE};\quad \text{Physics-IQ}=\text{mean of the four, scaled so that two real takes score }100\%",
        when="To check whether a video generator's physics holds up against reality rather than against human taste.",
        pros=["Real footage, not simulation: no synthetic-to-real gap", "Physical-variance baseline: 100% = as close as a second real take", "Spans solid mechanics, fluids, optics, thermodynamics, magnetism"],
        cons=["Motion-mask metrics check where things move, not what they look like", "Only 66 scenarios, so per-category numbers rest on few cases", "Original prompts and masks were later revised (Physics-IQ Verified)"],
        papers=["motamed2025generative"],
        sources=[("arXiv 2501.09038", "https://arxiv.org/abs/2501.09038"),
                 ("official benchmark code and leaderboard", "https://github.com/google-deepmind/physics-IQ-benchmark")],
        checked="2026-12",
        kind="benchmark",
        learn=("Physics-IQ — project page", "https://physics-iq.github.io/")),

    dict(
        id="othello-gpt",
        name="Othello-GPT (Emergent World Representations)",
        short="Othello-GPT",
        family="Position",
        anim="debate",
        date="2022-10",
        tagline="A GPT trained only on Othello move lists grows an internal board you can probe, and edit to change its moves.",
        simple=("Feed a GPT nothing but sequences of legal Othello moves: no board, no rules. Does it just memorize "
                "surface statistics? Li and colleagues train small probes on its hidden activations and can read off "
                "the whole board; editing those activations makes the model predict moves that are legal for the "
                "edited board. The probes had to be nonlinear, until Nanda and colleagues showed the board is linear "
                "once you ask 'my colour vs. the opponent's' instead of 'black vs. white'."),
        mapping="move sequence → GPT next-move prediction → probe on hidden state → board state → intervene to edit the board",
        math=r"\max_\theta\sum_t\log p_\theta(m_{t+1}\mid m_{\le t});\quad \hat b_{ij}=\mathrm{softmax}\big(W_2\,\mathrm{ReLU}(W_1 h^{(\ell)}_t)\big);\quad h^{(\ell)}_t\leftarrow h^{(\ell)}_t-\alpha\nabla_{h}\,\mathcal{L}_{\text{probe}}\big(h^{(\ell)}_t,\,b'\big)",
        when="The standard example, and testbed, for 'next-token prediction can produce a world model'.",
        pros=["Causal evidence: interventions change the predicted moves", "Small, fully open testbed (code, data, checkpoints)", "Started a line of interpretability work (linear probes, steering)"],
        cons=["A tiny deterministic board game, far from the open world", "Decodable from probes is not the same as used for every move", "How far the finding transfers to real LLMs is still debated"],
        papers=["li2023emergent", "nanda2023emergent"],
        sources=[("arXiv 2210.13382 (ICLR 2023)", "https://arxiv.org/abs/2210.13382"),
                 ("arXiv 2309.00941 (BlackboxNLP 2023)", "https://arxiv.org/abs/2309.00941")],
        checked="2026-11",
        learn=("othello_world — official code and checkpoints", "https://github.com/likenneth/othello_world")),

    dict(
        id="critiques",
        name="Critiques of World Models (Xing et al., PAN)",
        short="Critiques of WMs",
        family="Position",
        anim="debate",
        date="2025-07",
        tagline="A world model should simulate all actionable possibilities; critiques JEPA-style latent losses, MPC and video-only views.",
        simple=("Xing and colleagues start from Dune, whose hero simulates every possible future, and ask what a "
                "world model is for: rehearsing actions in the head before acting. They then take popular recipes "
                "apart along five axes (data, representation, architecture, objective, usage) and argue for text plus "
                "video, mixed discrete/continuous states, generative objectives grounded in real observations to "
                "avoid collapse, and RL rather than short-horizon MPC. Their proposal is PAN: a hierarchical, "
                "generative latent-prediction world model."),
        mapping="multimodal observations → mixed discrete/continuous latent state → LLM-style latent predictor → generative decoder grounds the state in observations → reasoning / RL in simulation",
        math=r"s_t=h(o_t),\;\;\hat s_{t+1}=f\big(s_{\le t},a_t\big);\quad \mathcal{L}_{\text{gen}}=-\log p_g\big(o_{t+1}\mid\hat s_{t+1}\big)\quad\text{vs. JEPA}\quad \mathcal{L}_{\text{lat}}=\big\|\hat s_{t+1}-\mathrm{sg}[h(o_{t+1})]\big\|^2",
        when="For the counter-argument to the JEPA program, and the design rationale behind MBZUAI's PAN world model.",
        pros=["Systematic: five design axes make the debate concrete", "Addresses representation collapse with observation-grounded losses", "Led to a trained system (the PAN world model, late 2025)"],
        cons=["An essay: the critiques are argued more than benchmarked", "PAN is only previewed in this paper", "Some positions (RL over MPC, text as core data) remain contested"],
        papers=["xing2025critiques"],
        sources=[("arXiv 2507.05169", "https://arxiv.org/abs/2507.05169")],
        checked="2026-11",
        learn=("How MBZUAI built PAN, the world model this essay proposes — MBZUAI blog", "https://mbzuai.ac.ae/news/how-mbzuai-built-pan-an-interactive-general-world-model-capable-of-long-horizon-simulation")),

    dict(
        id="video-lang",
        name="Video as the New Language for Real-World Decision Making (Position)",
        short="Video as Language",
        family="Position",
        anim="debate",
        anim_params=dict(value="realism"),
        date="2024-02",
        tagline="Position: video is to the physical world what text is to the digital one; video generators can plan, act and simulate.",
        simple=("Language models changed AI because text is a universal interface soaked in internet knowledge. Yang "
                "and colleagues argue video can play that role for the physical world: robot control, driving or "
                "science can be posed as generating a video conditioned on text, actions or goals. A video generator "
                "then works as a policy (add an inverse-dynamics model), as a planner, or as an environment simulator "
                "for training agents with reinforcement learning."),
        mapping="internet video + text → conditional video generation → policy / planner / simulator → real-world decisions",
        math=r"p_\theta\big(x_{t+1:T}\mid x_{\le t},\,c\big),\;\; c\in\{\text{text},\text{action},\text{goal}\};\qquad a_t=f_{\text{inv}}(x_t,x_{t+1})\;\;\text{(video as policy)}",
        when="For the case for video generation as the interface to decisions: the pixel-generating side of the debate.",
        pros=["Unifies many tasks under one generative interface", "Grounded in working systems such as UniSim and UniPi", "Maps concrete impact areas: robotics, self-driving, science"],
        cons=["Position paper: no new model or benchmark", "The key challenges it identifies are left open", "Generating full video is costly next to latent prediction"],
        papers=["yang2024video"],
        sources=[("arXiv 2402.17139", "https://arxiv.org/abs/2402.17139")],
        checked="2026-11",
        learn=("Position: Video as the New Language — ICML 2024 (PMLR)", "https://proceedings.mlr.press/v235/yang24z.html")),

    dict(
        id="world-in-world",
        name="World-in-World (Closed-Loop World-Model Benchmark)",
        short="World-in-World",
        family="Position",
        anim="wmeval",
        date="2025-10",
        tagline="Benchmarks world models by whether they help an agent succeed in closed loop, not by how good their videos look.",
        simple=("A world model that paints beautiful video is useless to a robot if its futures ignore the robot's "
                "actions. World-in-World plugs many generators (Wan, Cosmos, LTX-Video, HunyuanVideo, SVD, NWM and "
                "others) into one propose-simulate-revise loop: a policy proposes plans, the world model imagines "
                "each, and a reviser commits to the best. Scored on task success in navigation, active recognition, "
                "embodied QA and manipulation, controllability matters more than visual quality."),
        mapping="observation → policy proposes M plans → world model imagines each → reviser commits and acts → closed-loop task success",
        math=r"A^{(m)}\sim\pi_{\text{prop}}(\cdot\mid o_t),\ m=1,\dots,M;\quad \hat O^{(m)}_t=\mathrm{WM}\big(o_t,A^{(m)}\big);\quad D^{\star}_t=\pi_{\text{rev}}\big(o_t,\{\hat O^{(m)}_t\}_{m=1}^{M}\big);\quad \text{score}=\text{task success rate}",
        when="When choosing a world model for an embodied agent, or checking whether 'better video' means 'better decisions'.",
        pros=["Measures what agents need: closed-loop task success", "A unified action API lets very different world models be compared", "Finds post-training on action-observation data beats upgrading the base generator"],
        cons=["A VLM policy sits in the loop, so its errors mix with the world model's", "Simulated environments (Habitat-sim, RLBench), not real robots", "Compute-heavy: many world-model rollouts per decision"],
        papers=["zhang2026worldinworld"],
        sources=[("arXiv 2510.18135", "https://arxiv.org/abs/2510.18135"),
                 ("official code", "https://github.com/World-In-World/world-in-world")],
        checked="2026-12",
        kind="benchmark",
        learn=("World-in-World — project page", "https://world-in-world.github.io")),

    dict(
        id="schmidhuber-1990",
        name="Making the World Differentiable (Schmidhuber, 1990)",
        short="Schmidhuber 1990",
        family="Position",
        anim="dream",
        date="1990-02",
        tagline="The first learned recurrent world model for RL: a model network M predicts the world, a controller C learns and plans through it.",
        simple=("Long before deep learning, this technical report paired two recurrent networks. The world model M "
                "learns to predict the next inputs, including reward or 'pain' signals, from the controller's actions. "
                "The controller C is then improved by sending gradients through the frozen model, and can plan by "
                "rolling M forward several steps before acting. The report also rewarded C for exploring where M "
                "still predicts badly, an early form of artificial curiosity."),
        mapping="observation + action → recurrent model M predicts next input and reward → gradients through frozen M train recurrent controller C → plan by rolling M forward",
        math=r"\min_\phi\sum_t\Big(\big\|\hat x_{t+1}-x_{t+1}\big\|^2+\big(\hat r_{t+1}-r_{t+1}\big)^2\Big),\ (\hat x_{t+1},\hat r_{t+1})=M_\phi(h_t,x_t,a_t);\qquad \max_\theta\sum_{k=1}^{K}\hat r_{t+k}\ \text{through frozen}\ M_\phi,\ a_t=C_\theta(x_t,h_t)",
        when="For the origin of learned world models in RL, and the controller-plus-model design that World Models (2018) revived.",
        pros=["Recurrent world model plus controller, with planning by rollouts, already in 1990", "Controller trained by gradients through the learned model", "Introduced curiosity: reward for the model's prediction errors"],
        cons=["Tiny networks and toy environments, limited by 1990 compute", "A technical report (Feb 1990, revised Nov 1990), not a peer-reviewed paper", "Its deterministic model can be exploited by the controller where it is wrong (as World Models later noted)"],
        papers=["schmidhuber1990making"],
        sources=[("Technical report FKI-126-90 (PDF)", "https://people.idsia.ch/~juergen/FKI-126-90_(revised)bw_ocr.pdf")],
        checked="2026-11",
        learn=("1990: Planning & RL with Recurrent World Models and Artificial Curiosity — Schmidhuber's overview", "https://people.idsia.ch/~juergen/world-models-planning-curiosity-fki-1990.html")),

    dict(
        id="learning-to-think",
        name="On Learning to Think (Schmidhuber, RNN-based AI)",
        short="Learning to Think",
        family="Position",
        anim="debate",
        date="2015-11",
        tagline="Let the controller learn how to query a recurrent world model, exploiting its knowledge for abstract planning instead of step-by-step simulation.",
        simple=("A 2015 blueprint, written from a 2014 grant proposal. Earlier controller-plus-model agents planned by "
                "simulating the model one step at a time. Here the world model M is trained on the agent's whole history, "
                "and the controller C learns to use M as a resource: to query it, to reuse parts of it (its subroutines) "
                "for its own computation, or to ignore M where it is wrong. That is what the title calls learning to think. Algorithmic information theory "
                "motivates it: a controller that can use M needs fewer bits of its own. The report describes the design; "
                "experiments were left to later papers."),
        mapping="lifelong experience → recurrent world model M → controller C learns to query M and read its answers → abstract planning and action",
        math=r"M_\phi:\ \min_\phi\sum_{t}\big\|M_\phi(h_{<t})-x_t\big\|^2\ (\text{all history});\qquad C_\theta:\ \max_\theta\,\mathbb{E}\Big[\sum_t r_t\Big],\ \ (a_t,q_t)=C_\theta\big(x_t,\,M_\phi(q_{t-1})\big)",
        when="For the idea of agents that learn to use a world model as a resource, the conceptual bridge from 1990 to World Models (2018).",
        pros=["Frames planning as the controller learning to exploit the model, not hand-coded rollouts", "Grounded in algorithmic information theory (reuse of the model's knowledge)", "Directly informed the 2018 World Models work"],
        cons=["A conceptual report: no experiments in it", "The C-to-M interface is left general (the equation here is a schematic)", "Hard to turn into a concrete, trainable recipe"],
        papers=["schmidhuber2015learning"],
        sources=[("arXiv 1511.09249", "https://arxiv.org/abs/1511.09249")],
        checked="2026-11",
        learn=("Schmidhuber — history of neural world models (overview essay)", "https://people.idsia.ch/~juergen/world-model-boom.html")),

    dict(
        id="space-time-probes",
        name="Language Models Represent Space and Time (Gurnee & Tegmark)",
        short="LLM Space & Time",
        family="Position",
        anim="debate",
        date="2023-10",
        tagline="Linear probes read latitude, longitude and dates out of Llama-2 activations: a map and a timeline of the world inside an LLM.",
        simple=("Do language models only collect surface statistics, or do they build a model of the world? Gurnee and "
                "Tegmark feed Llama-2 the names of places (world, US, New York City) and of events (historical figures, "
                "artworks, news headlines) and fit linear regressions on the hidden activations. Coordinates and years "
                "come out well, the probes survive changes of prompt and work across entity types, and single 'space "
                "neurons' and 'time neurons' encode them. The authors read this as basic ingredients of a world model."),
        mapping="entity name → Llama-2 forward pass → layer-l activation → linear probe → (latitude, longitude) or year",
        math=r"\hat y=W^{\top}h^{(\ell)}(e)+b,\qquad \min_{W,b}\ \sum_{e}\big\|y_e-\hat y_e\big\|^2+\lambda\|W\|_F^2,\qquad y_e\in\{(\text{lat},\text{lon}),\ \text{year}\}",
        when="For evidence that next-token prediction alone yields structured spatial and temporal representations.",
        pros=["Six datasets: places at three scales (world, US, NYC) and three kinds of dated entities", "Representations are linear, robust to prompts and shared across entity types", "Finds individual space and time neurons"],
        cons=["Decodable by a probe is not the same as used by the model", "Coordinates of named entities are a thin slice of a world model", "Maps of places were already visible in older word embeddings"],
        papers=["gurnee2024language"],
        sources=[("arXiv 2310.02207", "https://arxiv.org/abs/2310.02207")],
        checked="2026-11",
        learn=("world-models — official code and datasets", "https://github.com/wesg52/world-models")),

    dict(
        id="videophy",
        name="VideoPhy (physical commonsense in video generation)",
        short="VideoPhy",
        family="Position",
        anim="debate",
        date="2024-06",
        tagline="Humans judge whether generated videos of everyday material interactions follow the prompt and the laws of physics.",
        simple=("If text-to-video models are to become general simulators of the physical world, their clips should "
                "obey physical commonsense. VideoPhy writes 688 captions of interactions between solids and fluids "
                "(solid-solid, solid-fluid, fluid-fluid), generates videos with many open and closed models, and has "
                "people judge semantic adherence and physical commonsense. The best model on the human leaderboard "
                "(CogVideoX-5B) satisfies both for only 39.6% of prompts. An automatic judge, VideoCon-Physics, "
                "scores new models."),
        mapping="688 material-interaction captions → text-to-video models → human labels (semantic adherence, physical commonsense) → joint score; VideoCon-Physics auto-judge",
        math=r"\text{score}(G)=\frac{1}{N}\sum_{i=1}^{N}\mathbb{1}\big[\mathrm{SA}_i=1\wedge\mathrm{PC}_i=1\big],\quad v_i\sim G(c_i);\qquad \widehat{\mathrm{SA}},\widehat{\mathrm{PC}}=\text{VideoCon-Physics}(v_i,c_i)",
        when="To check whether a text-to-video model's everyday physics holds up, beyond visual quality.",
        pros=["Human judgments on 688 captions across three interaction types", "The joint score catches videos that look right but break physics", "Auto-evaluator lets new models be scored without new human studies"],
        cons=["Binary human labels are coarse and partly subjective", "Text prompts only: no initial state or action conditioning", "Leaderboard numbers shift as models are added (v1 best: 19.7%)"],
        papers=["bansal2025videophy"],
        sources=[("arXiv 2406.03520", "https://arxiv.org/abs/2406.03520"),
                 ("official code and leaderboard", "https://github.com/Hritikbansal/videophy")],
        checked="2026-12",
        kind="benchmark",
        learn=("VideoPhy — project page", "https://videophy.github.io/")),

    dict(
        id="worldmodelbench",
        name="WorldModelBench (judging video generators as world models)",
        short="WorldModelBench",
        family="Position",
        anim="debate",
        date="2025-02",
        tagline="Application-driven benchmark: does a video model follow instructions and physics in robotics, driving and other domains?",
        simple=("Benchmarks of video quality miss what matters for a world model, such as an object that silently "
                "changes size against mass conservation. WorldModelBench gives 350 image-and-text conditions across "
                "7 application domains (robotics, driving, industry, human activities, gaming, animation, nature) and "
                "56 subdomains, and scores instruction following, physics adherence and commonsense. 67K crowd-sourced "
                "human labels on 14 frontier models train a 2B judge, whose reward can also fine-tune a generator."),
        mapping="first frame + instruction (350 conditions, 7 domains) → video generator → VLM judge trained on 67K human labels → instruction / physics / commonsense scores",
        math=r"\text{score}(G)=\frac{1}{|\mathcal{D}|}\sum_{(x_0,c)\in\mathcal{D}}\Big[s_{\text{IF}}+s_{\text{phys}}+s_{\text{CS}}\Big]\big(J_\psi(v,c)\big),\quad v\sim G(x_0,c);\qquad J_\psi\ \text{fine-tuned on human labels}",
        when="To compare video generators on world-model properties in application domains, at scale.",
        pros=["7 application domains and 56 subdomains", "67K human labels over 14 frontier models", "The 2B judge is 8.6% more accurate than GPT-4o at predicting violations"],
        cons=["Judge-based scores inherit the judge's blind spots", "Short clips from a first frame and text: no action-conditioned rollouts", "Physics checked as violations, not measured quantities"],
        papers=["li2025worldmodelbench"],
        sources=[("arXiv 2502.20694", "https://arxiv.org/abs/2502.20694"),
                 ("official code", "https://github.com/WorldModelBench-Team/WorldModelBench")],
        checked="2026-12",
        kind="benchmark",
        learn=("WorldModelBench — homepage and leaderboard", "https://worldmodelbench-team.github.io/")),

    dict(
        id="worldscore",
        name="WorldScore (unified benchmark for world generation)",
        short="WorldScore",
        family="Position",
        anim="scene3d",
        date="2025-04",
        tagline="One protocol for 3D, 4D and video generators: generate the next scene along a given camera path, scored on control, quality and dynamics.",
        simple=("3D scene generators, 4D generators and video models are usually judged with different tests. "
                "WorldScore breaks world generation into a sequence of next-scene tasks: a current scene, a description "
                "of the next one, and an explicit camera trajectory. Its 3,000 test cases span static and dynamic, "
                "indoor and outdoor, photorealistic and stylized worlds, and its metrics group into controllability, "
                "quality and dynamics. The paper evaluates 19 models in its first version (20 in the ICCV version)."),
        mapping="current scene + next-scene prompt + camera layout → 3D / 4D / video generator → next scene(s) → controllability, quality, dynamics metrics → WorldScore",
        math=r"x_{k+1}=G\big(x_k,\,p_{k+1},\,\mathcal{C}_{k+1}\big),\ k=0,\dots,K-1;\qquad \text{WorldScore}=\frac{1}{|\mathcal{M}|}\sum_{m\in\mathcal{M}}\bar s_m,\ \ \mathcal{M}=\mathcal{M}_{\text{control}}\cup\mathcal{M}_{\text{quality}}\cup\mathcal{M}_{\text{dynamics}}",
        when="To compare scene generators and video models on the same world-generation task with camera control.",
        pros=["One protocol covers 3D, 4D and video generators", "3,000 curated test examples with explicit camera layouts", "Public leaderboard, dataset and evaluation code"],
        cons=["Camera paths only: no agent actions or physics tests", "Automatic metrics lean on other vision models (SLAM, detection, segmentation)", "One aggregate number hides trade-offs between its many metrics"],
        papers=["duan2025worldscore"],
        sources=[("arXiv 2504.00983", "https://arxiv.org/abs/2504.00983"),
                 ("official code", "https://github.com/haoyi-duan/WorldScore")],
        checked="2026-12",
        kind="benchmark",
        learn=("WorldScore — project page and leaderboard", "https://haoyi-duan.github.io/WorldScore/")),

    dict(
        id="wr-arena",
        name="WR-Arena (World Reasoning Arena)",
        short="WR-Arena",
        family="Position",
        anim="wmeval",
        date="2026-03",
        tagline="Tests world models on what reasoning needs: faithful multi-step action simulation, long-horizon forecasts, and planning by simulation.",
        simple=("Next-frame quality says little about whether a world model can support thinking ahead. WR-Arena, from "
                "the PAN team at MBZUAI, probes three abilities: following multi-step, semantically meaningful actions "
                "and producing counterfactual rollouts; keeping long-horizon simulations coherent and plausible; and "
                "helping an agent reason and plan by simulating, comparing and choosing among futures. Open models "
                "(Cosmos-Predict, Wan) and API models (Gen-3, KLING, MiniMax-Hailuo) show a large gap to human-level "
                "hypothetical reasoning."),
        mapping="multi-round action prompts → world model rollouts → action fidelity / long-horizon forecast scores → simulate-compare-choose planning tasks → diagnostic report",
        math=r"\hat o_{1:T}=\mathrm{WM}\big(o_0,\,a_{1:T}\big);\quad \text{fidelity}=\frac{1}{T}\sum_{t}s\big(\hat o_t,a_t\big);\qquad a^{\star}=\arg\max_{a^{(m)}}\ U\big(\mathrm{WM}(o_0,a^{(m)})\big)\ \ (\text{simulative planning})",
        when="When you need to know whether a world model helps an agent reason and plan, not just render.",
        pros=["Three axes that target reasoning: action fidelity, long-horizon forecasting, simulative planning", "Evaluates open and API world models in one harness", "Evaluation code released"],
        cons=["From the team behind PAN, which it also evaluates", "API-served models can change under the same name, hurting reproducibility", "New (2026): few independent results so far"],
        papers=["pan2026wrarena"],
        sources=[("arXiv 2603.25887", "https://arxiv.org/abs/2603.25887")],
        checked="2026-11",
        kind="benchmark",
        learn=("WR-Arena — official code", "https://github.com/MBZUAI-IFM/WR-Arena")),

    # ---- Position: added 2026-12 ----

    dict(
        id="objective-mismatch",
        name="Objective Mismatch in Model-based RL (Lambert et al.)",
        short="Objective Mismatch",
        family="Position",
        anim="debate",
        date="2020-02",
        added="2026-12",
        tagline="Training a dynamics model for one-step likelihood is not the same as training it for control, and the two can disagree.",
        simple="Standard model-based RL fits the dynamics model by maximum likelihood of the next state and then hopes that a better-fitting model gives a better controller. Lambert and colleagues call the gap between those two objectives 'objective mismatch': a model good for one task need not be globally accurate, and a globally accurate model may be too coarse where the task needs it. Their experiments show that one-step likelihood is not always correlated with control performance, and they propose re-weighting the model's training data as a first fix.",
        mapping="transitions → dynamics model fit by one-step likelihood → controller (MPC) → task reward; compare likelihood with reward → re-weight model training",
        math=r"\theta^*=\arg\min_\theta\ -\sum_i\log p_\theta(s'_i\mid s_i,a_i)\quad\text{vs.}\quad \max_\theta\ J\big(\pi_{\theta}\big);\qquad \text{fix: }\ \min_\theta\ -\sum_i w_i\,\log p_\theta(s'_i\mid s_i,a_i)\ \ (w_i\ \text{higher near an expert trajectory})",
        when="Before trusting a lower model loss to mean a better controller in model-based RL.",
        pros=["Names and formalises a basic flaw of the standard model-based RL loop", "Shows experimentally that one-step likelihood is not always correlated with control performance", "Proposes a first mitigation by re-weighting dynamics-model training"],
        cons=["The re-weighting fix prioritises transitions near an expert trajectory, which is not always available", "Studied on simulated continuous-control tasks", "A diagnosis more than a solution: the authors leave a full fix to further research"],
        papers=["lambert2020mismatch"],
        sources=[("arXiv 2002.04523 (abstract, introduction; submitted 11 Feb 2020)", "https://arxiv.org/abs/2002.04523"),
                 ("paper header: PMLR vol. 120, 2nd L4DC 2020 (stored copy)", "https://pdfslide.net/documents/brandon-amos-bda-fb-com-omry-fb-com-rcalandra-fb-.html"),
                 ("project page (re-weighting experiment)", "https://sites.google.com/view/mbrl-mismatch/home")],
        checked="2026-12",
        learn=("Objective Mismatch — project page", "https://sites.google.com/view/mbrl-mismatch/home")),

    dict(
        id="chess-gpt",
        name="Chess-GPT (emergent world model and skill estimation)",
        short="Chess-GPT",
        family="Position",
        anim="debate",
        date="2024-01",
        added="2026-12",
        aliases=["ChessGPT", "Emergent World Models in Chess-Playing Language Models"],
        tagline="A GPT trained only on chess move strings tracks the board and the players' skill; both can be read and edited with linear probes.",
        simple="Karvonen trains small GPT models to predict the next character of chess games written as PGN strings, with no board and no rules given. Linear probes on the activations recover the board state and an estimate of the players' Elo. Editing these internal representations changes the model's play, and adding a 'skill vector' raised its win rate by up to 2.6 times. It carries the Othello-GPT question from a synthetic game to real human games.",
        mapping="PGN character sequence → GPT next-character prediction → linear probes on the residual stream → board state and player Elo → interventions (board edits, skill vector)",
        math=r"\max_\theta\sum_t\log p_\theta(c_{t+1}\mid c_{\le t});\qquad \hat b_{\text{sq}}=\mathrm{softmax}\big(W_{\text{sq}}\,h^{(\ell)}_t\big);\qquad h^{(\ell)}_t\leftarrow h^{(\ell)}_t+\alpha\,v_{\text{skill}}",
        when="Probing whether next-token models of real game records learn the hidden state and latent variables such as player skill.",
        pros=["Real human games from Lichess, not synthetic random play", "Causal evidence: board edits and a skill vector change the model's play (win rate up to 2.6×)", "All code, models and datasets are open"],
        cons=["Chess is still a small, fully specified world", "Play collapsed on positions unlike its training games (win rate fell from 70% to 17% after 20 random opening moves)", "A probe shows what is decodable, not that every move uses it"],
        papers=["karvonen2024chess"],
        sources=[("arXiv 2403.15498 (abstract)", "https://arxiv.org/abs/2403.15498"),
                 ("author's follow-up post (COLM acceptance, win-rate numbers)", "https://adamkarvonen.github.io/machine_learning/2024/03/20/chess-gpt-interventions.html"),
                 ("official code README (links the January 2024 post)", "https://github.com/adamkarvonen/chess_llm_interpretability")],
        checked="2026-12",
        learn=("Chess-GPT's internal world model — author's blog post", "https://adamkarvonen.github.io/machine_learning/2024/01/03/chess-world-models.html")),

    dict(
        id="text-world-sim",
        name="Can Language Models Serve as Text-Based World Simulators? (ByteSized32-State-Prediction)",
        short="Text World Sim",
        family="Position",
        anim="debate",
        date="2024-06",
        added="2026-12",
        kind="benchmark",
        aliases=["ByteSized32-State-Prediction", "ByteSized32-SP", "LLM-Sim"],
        tagline="Can GPT-4 be the game engine? On text-game state transitions it stays below 60% accuracy whenever the world really changes.",
        simple="Instead of asking an LLM to write simulator code or to plan, this study asks it to be the simulator: given a context (rules), the current state as JSON and an action, predict the next state, the reward and whether the game is won. The ByteSized32-State-Prediction benchmark holds 76,369 transitions from 31 text games. GPT-4 does well on easy cases, but its accuracy never exceeds 59.9% on transitions where the state changes in a non-trivial way; transitions not directly caused by the action, and those needing arithmetic, common sense or science, are the hardest.",
        mapping="text game (context rules + JSON state) + action → LLM predicts next state, reward, done (full state or state difference) → compare with the game engine → accuracy",
        math=r"F(c,\,s_t,\,a_t)=\big(s_{t+1},\,r_{t+1},\,d_{t+1}\big),\quad c=\text{context rules},\ s_t=\text{JSON state},\ d_{t+1}\in\{0,1\};\quad F\ \text{split into}\ F_{\text{act}},\ F_{\text{env}},\ F_{R}",
        when="To measure directly, with a symbolic ground truth, whether an LLM can stand in for a hand-coded environment.",
        pros=["Exact ground truth from the games' Python engines, so no human judging", "Separates action-driven, environment-driven and reward/progress predictions", "Open data and code; later used to train language world models (e.g. RLVR-World)"],
        cons=["Tests only two in-context LLMs (GPT-3.5 and GPT-4) on single-step transitions", "Common-sense and elementary-science games, not physical or domain-specific simulation", "JSON state formats are one choice; the authors note other formats may perform better"],
        papers=["wang2024textworldsim"],
        sources=[("arXiv 2406.06485 (abstract; v1 10 June 2024) and paper text (introduction, limitations)", "https://arxiv.org/abs/2406.06485"),
                 ("ACL Anthology 2024.acl-short.1", "https://aclanthology.org/2024.acl-short.1/"),
                 ("official code README", "https://github.com/cognitiveailab/GPT-simulator"),
                 ("RLVR-World appendix A.1 (dataset size: 76,369 transitions, 31 games)", "https://arxiv.org/abs/2505.13934")],
        checked="2026-12",
        learn=("GPT-simulator — official code and data", "https://github.com/cognitiveailab/GPT-simulator")),

    dict(
        id="phygenbench",
        name="PhyGenBench / PhyGenEval (physical commonsense benchmark for text-to-video)",
        short="PhyGenBench",
        family="Position",
        anim="debate",
        date="2024-10",
        added="2026-12",
        kind="benchmark",
        aliases=["PhyGenEval", "Towards World Simulator"],
        tagline="160 prompts over 27 physical laws test whether text-to-video models, pitched as world simulators, get physics right.",
        simple="If text-to-video models are a road to a world simulator, they should know how water poured out in a space station behaves without gravity. PhyGenBench writes 160 prompts covering 27 physical laws in four domains (mechanics, optics, thermal, material). PhyGenEval scores each video in three stages with vision-language models: are the key physical phenomena there, do they happen in the right order, and does the whole video look natural. Scores track human judgments, and every tested model stays at about half marks or below.",
        mapping="160 physics prompts (27 laws, 4 domains) → text-to-video model → key-phenomenon check (VQAScore) → order check (multi-frame VLM) → naturalness (video VLM) → per-domain score",
        math=r"s_i=\mathrm{round}\Big(\frac{s^{\text{key}}_i+s^{\text{order}}_i+s^{\text{nat}}_i}{3}\Big),\quad s_i\in\{0,1,2,3\};\qquad \text{score}(G)=\frac{1}{N}\sum_{i=1}^{N}s_i\ \ (\text{GPT-4o and open-model judges averaged; leaderboard rescaled to }[0,1])",
        when="To audit the physics, not the looks, of a text-to-video model with an automatic judge that tracks human ratings.",
        pros=["Prompts tied to named physical laws (e.g. lack of gravity) across four domains", "Hierarchical judge (phenomenon, order, naturalness) rather than one VLM question", "Open prompts, questions and evaluation code, with both GPT-4o and open-model judges"],
        cons=["Only 160 prompts", "The judge is itself a stack of VLMs/LLMs, so errors in them enter the score", "Best average in the README leaderboard is 0.51 (Gen-3); scores are coarse (0–3 per video)"],
        papers=["meng2025phygenbench"],
        sources=[("arXiv 2410.05363 (abstract)", "https://arxiv.org/abs/2410.05363"),
                 ("official code README (leaderboard, authors) and PhyGenEval/overall.py (score rule)", "https://github.com/OpenGVLab/PhyGenBench"),
                 ("ICML 2025 poster page", "https://icml.cc/virtual/2025/poster/44642")],
        checked="2026-12",
        learn=("PhyGenBench — project page", "https://phygenbench123.github.io/")),

    dict(
        id="videophy2",
        name="VideoPhy-2 (action-centric physical commonsense benchmark)",
        short="VideoPhy-2",
        family="Position",
        anim="debate",
        date="2025-03",
        added="2026-12",
        kind="benchmark",
        aliases=["VideoPhy 2", "VideoPhy-2-AutoEval"],
        tagline="200 real-world actions (tennis, backflips…) that text-to-video models must render without breaking mass or momentum.",
        simple="VideoPhy checked everyday material interactions; VideoPhy-2 moves to human actions such as playing tennis or doing a backflip. The authors curate 200 actions with detailed prompts, generate videos with open and closed models, and have people rate semantic adherence, physical commonsense and whether specific physical rules are respected. In the first release (March 2025) even the best model reached only 22% joint performance on the hard subset; conservation of mass and momentum fail most. A trained auto-rater (VideoPhy-2-AutoEval) scores new models.",
        mapping="200 actions → detailed prompts → text-to-video models → human ratings (semantic adherence, physical commonsense 1–5, rule grounding) → joint score; AutoEval rater",
        math=r"\text{joint}(G)=\frac{1}{N}\sum_{i=1}^{N}\mathbb{1}\big[\mathrm{SA}_i\ge 4\;\wedge\;\mathrm{PC}_i\ge 4\big],\qquad v_i\sim G(c_i),\;\;\mathrm{SA}_i,\mathrm{PC}_i\in\{1,\dots,5\}",
        when="To test whether a video generator's people and objects obey physics in dynamic, action-heavy scenes.",
        pros=["Action-centric: sports and physical activities, not only static object interactions", "Human ratings plus per-rule labels show which law breaks (mass and momentum most often)", "Open test/train data and an auto-rater model for scoring new generators"],
        cons=["Human Likert scores carry rater subjectivity", "The hard subset was picked with CogVideoX-5B as reference model (that model scores 0 on it)", "Sora was rated by hand on only 60 prompts (no API), so its number is not strictly comparable"],
        papers=["bansal2026videophy2"],
        sources=[("arXiv 2503.06800 (abstract)", "https://arxiv.org/abs/2503.06800"),
                 ("official README (VIDEOPHY2/, human leaderboard, ICLR 2026 acceptance)", "https://github.com/Hritikbansal/videophy/tree/main/VIDEOPHY2"),
                 ("OpenReview (ICLR 2026)", "https://openreview.net/forum?id=HA8KSQW7SO")],
        checked="2026-12",
        learn=("VideoPhy-2 — project page", "https://videophy2.github.io/")),

    dict(
        id="intphys2",
        name="IntPhys 2 (intuitive-physics benchmark in complex synthetic scenes)",
        short="IntPhys 2",
        family="Position",
        anim="debate",
        date="2025-06",
        added="2026-12",
        kind="benchmark",
        aliases=["IntPhys2"],
        tagline="Possible vs impossible videos (objects vanish, change, teleport, pass through walls): most models sit at chance, humans near perfect.",
        simple="Infants are surprised when an object vanishes behind a screen or passes through a wall. IntPhys 2 builds such violation-of-expectation tests in Unreal Engine 5 for four principles: permanence, immutability, spatio-temporal continuity and solidity. Each scene comes as matched possible and impossible videos; a model must tell them apart, either by answering (multimodal LLMs) or through its prediction error, its 'surprise' (video prediction models such as V-JEPA or Cosmos). Most models perform at chance (50%), while humans are near-perfect.",
        mapping="Unreal Engine scenes → matched possible / impossible videos (4 principles) → MLLM answer, or prediction model's surprise → accuracy vs. humans",
        math=r"S(v)=\max_t\;\ell\big(\hat z_{t},\,z_{t}\big)\ \ (\text{prediction error = surprise}),\qquad \text{correct if }S(v_{\text{impossible}})>S(v_{\text{possible}})",
        when="To test whether a video world model or multimodal LLM has object-level intuitive physics, with no generation quality in the way.",
        pros=["Controlled matched pairs isolate one physical principle at a time", "Evaluates both MLLMs (by question) and prediction-based world models (by surprise) with released code", "Held-out split with hidden metadata and a public leaderboard to limit contamination"],
        cons=["Synthetic scenes only; realism varies across Easy, Medium and Hard sub-splits", "Only four macroscopic-object principles, no fluids or forces", "Surprise-based scores depend on how each model's prediction error is read out (context length, stride)"],
        papers=["bordes2025intphys2"],
        sources=[("arXiv 2506.09849 (abstract; v1 dated 6 June 2025)", "https://arxiv.org/abs/2506.09849"),
                 ("official README (splits, BibTeX, evaluation code) and prediction_evals configs (cosmos_latent, vjepa_2, vjepa_rope)", "https://github.com/facebookresearch/IntPhys2")],
        checked="2026-12",
        learn=("Meta AI blog — V-JEPA 2 and new world-model benchmarks", "https://ai.meta.com/blog/v-jepa-2-world-model-benchmarks")),

    dict(
        id="inductive-bias-probe",
        name="Inductive Bias Probes (What Has a Foundation Model Found?)",
        short="IB Probe (Vafa)",
        family="Position",
        anim="debate",
        date="2025-07",
        added="2026-12",
        kind="evaluation",
        aliases=["inductive bias probe", "Kepler to Newton"],
        tagline="Does a model that predicts orbits know Newton's laws? Fine-tune it on small synthetic tasks and check how it extrapolates.",
        simple="A sequence model can predict the next token well and still not have the world model behind the data. Vafa and colleagues fine-tune a pretrained model on many small synthetic datasets generated from a postulated world model and test whether its extrapolations respect that model's states. A transformer trained on planetary orbits predicted trajectories well, but when fine-tuned to predict forces it recovered a nonsensical force law; Othello models reconstructed 'enough of' the board to get the legal next moves right, not the board itself.",
        mapping="pretrained sequence model → fine-tune on many small datasets drawn from a postulated world model → compare extrapolations with the world model's states → inductive-bias scores",
        math=r"\text{R-IB}=\mathbb{E}_{x,x':\ \phi(x)=\phi(x')}\Big[\Pr_{D}\big(\hat m_D(x)=\hat m_D(x')\big)\Big],\qquad \text{D-IB}=\mathbb{E}_{x,x':\ \phi(x)\neq\phi(x')}\Big[\Pr_{D}\big(\hat m_D(x)\neq\hat m_D(x')\big)\Big]\qquad(\phi:\ \text{world-model state},\ \hat m_D:\ \text{model adapted to a small dataset }D)",
        when="To test whether a sequence model has learned the world model behind its data rather than task-specific heuristics.",
        pros=["Measures the inductive bias a model brings to new tasks, not only next-token accuracy", "Applied to orbital mechanics, lattice (gridworld) problems and Othello, across RNN, LSTM, transformer and Mamba models", "Code released, with data generation and training scripts"],
        cons=["Needs a postulated world model to generate the synthetic tasks", "Mostly small synthetic domains; large LLMs were tested only in context on the force task", "The official README says probe code for the physics experiments, model checkpoints and the larger datasets 'will be added soon'"],
        papers=["vafa2025inductive"],
        sources=[("arXiv 2507.06952 (v4 HTML: abstract, introduction)", "https://arxiv.org/abs/2507.06952"),
                 ("official code README (BibTeX: ICML 2025; Othello and lattice experiments)", "https://github.com/keyonvafa/inductive-bias-probes"),
                 ("first author's announcement thread (results summary)", "https://oauth.lightnews.app/bsky/keyonv.bsky.social?tab=media")],
        checked="2026-12",
        learn=("Inductive bias probes — official code", "https://github.com/keyonvafa/inductive-bias-probes")),

]
ENTRIES = P

# (source, target, type, reason): read as 'source <type> target', because <reason> — one sentence from the
# source (newer) work's own text: what it takes, changes, measures or disputes.
EDGES = [
    # ---- from Latent ----
    ("planet", "world-models", "builds_on",
     "Learns a latent dynamics model from pixels as World Models did, but trains it jointly with reward prediction and plans online with CEM instead of evolving a controller."),
    ("dreamer", "world-models", "builds_on",
     "Learns behaviours inside imagined latent rollouts as World Models did, but trains model and agent together and uses value gradients instead of evolving a linear controller."),
    ("dreamer", "planet", "builds_on",
     "Keeps PlaNet's RSSM and learns an actor-critic inside it instead of planning with CEM."),
    ("daydreamer", "dreamer", "builds_on",
     "Applies Dreamer's world-model learning and latent actor-critic to four physical robots, learning online in the real world without simulators."),
    ("daydreamer", "planet", "uses_component",
     "Its world model is the Recurrent State-Space Model introduced by PlaNet, fusing camera images and proprioception into one latent state."),
    ("dreamer4", "dreamer", "successor_of",
     "Keeps Dreamer's imagination training but replaces the RSSM with a block-causal transformer trained by shortcut forcing, and learns purely from offline Minecraft data."),
    ("r2i", "dreamer", "builds_on",
     "Built on DreamerV3, it replaces the recurrent world-model dynamics with state space models so the agent can recall information over long horizons."),
    ("harmonydream", "dreamer", "builds_on",
     "Built upon Dreamer, it adds lightweight harmonizers that rescale the observation and reward losses to keep the two world-model tasks in balance."),
    ("dreamer", "simple", "alternative_to",
     "DreamerV2 learns Atari purely in a compact discrete latent space, noting that SimPLe, which trains on a pixel-space video model, was only evaluated in an easier Atari setup."),
    ("harmonydream", "muzero", "critiques",
     "Argues that reward-only models, which dominate implicit MBRL, are inadequate for sample-efficient learning without richer signals such as observation modeling."),
    ("r2i", "iris", "alternative_to",
     "R2I gives a Dreamer world model long memory with state space models, arguing that Transformer world models such as IRIS have quadratic cost and are unstable on long sequences."),
    ("dreamer4", "oasis", "compares_with",
     "Dreamer 4 reports that its world model predicts Minecraft object interactions far better than earlier interactive Minecraft models such as Oasis and Lucid."),
    ("plan2explore", "planet", "builds_on",
     "Builds on PlaNet's latent dynamics model and adds an ensemble of one-step predictors whose disagreement is the intrinsic reward for exploration."),
    ("plan2explore", "dreamer", "uses_component",
     "Learns both its exploration policy and the later zero-shot task policies inside the world model with Dreamer's latent actor-critic."),
    ("dreamerpro", "dreamer", "builds_on",
     "Keeps Dreamer's imagination training but replaces pixel reconstruction with prototypical representation learning, making the world model robust to visual distractions."),
    ("dreamerpro", "planet", "uses_component",
     "Keeps PlaNet's recurrent state-space model as the latent dynamics, trained without a decoder by matching prototype assignments of augmented views."),
    ("transdreamer", "dreamer", "builds_on",
     "Replaces Dreamer's RNN-based dynamics with a Transformer and still trains the policy in imagination, aiming at tasks that need long-range memory."),
    ("transdreamer", "planet", "builds_on",
     "Proposes the Transformer State-Space Model (TSSM) as a replacement for PlaNet's RSSM, keeping its stochastic latent state-space formulation."),
    ("apv", "dreamer", "builds_on",
     "Pre-trains an action-free latent video model on videos, then fine-tunes an action-conditional model stacked on it inside a DreamerV2 agent."),
    ("apv", "planet", "uses_component",
     "Both of its stacked latent video models are recurrent state-space models of the kind PlaNet introduced."),
    ("iso-dream", "dreamer", "builds_on",
     "Improves the Dream-to-Control framework by isolating controllable and noncontrollable dynamics in separate branches and rolling the latter forward to inform the policy."),
    ("iso-dream", "planet", "uses_component",
     "Its state transition branches are recurrent state-space models of the PlaNet type, each with deterministic and stochastic latent states."),
    ("director", "dreamer", "builds_on",
     "Trains a manager that picks latent goals and a worker that reaches them inside the learned world model, extending Dreamer's imagination training to hierarchical control."),
    ("director", "planet", "uses_component",
     "Its world model is PlaNet's RSSM, on which it trains a goal autoencoder so the manager can choose discrete latent goals."),
    ("mwm", "dreamer", "builds_on",
     "Learns DreamerV2-style latent dynamics and imagination behaviour on top of a separately trained convolutional masked autoencoder with reward prediction."),
    ("mwm", "planet", "uses_component",
     "Its latent dynamics model is a recurrent state-space model that predicts the masked autoencoder's representations instead of pixels."),
    ("twister", "storm", "builds_on",
     "Starts from STORM-style Transformer world models with masked self-attention and argues their next-state objective is insufficient, adding action-conditioned CPC."),
    ("twister", "dreamer", "builds_on",
     "Keeps the DreamerV3 recipe of a world model trained alongside an actor-critic learned in imagination, moving the dynamics to a Transformer with a contrastive objective."),
    ("twister", "iris", "compares_with",
     "TWISTER reports Atari 100k mean and median scores against IRIS among other Transformer-based world models."),
    ("twister", "twm", "compares_with",
     "TWISTER reports Atari 100k mean and median scores against TWM among other Transformer-based world models."),
    ("twister", "delta-iris", "compares_with",
     "TWISTER reports Atari 100k mean and median scores against Δ-IRIS among other Transformer-based world models."),
    ("director", "plan2explore", "compares_with",
     "Director is compared with Plan2Explore on sparse-reward tasks and reports outperforming such exploration methods."),
    ("world-models", "schmidhuber-1990", "builds_on",
     "Revisits the 1990 controller-plus-recurrent-world-model agent, adding a VAE vision model and training the controller inside the model's generated dream."),
    ("world-models", "learning-to-think", "builds_on",
     "Presents its V-M-C agent as a simplified version of Learning to Think's RNN-based AI, where a controller learns to use a separately trained predictive model."),
    ("slac", "planet", "compares_with",
     "Benchmarks against model-based agents that plan with a similar sequential latent model (PlaNet) on image-based DeepMind Control tasks, matching their sample efficiency."),
    ("slac", "mbpo", "alternative_to",
     "SLAC uses its predictive model to learn the critic's latent state, contrasting itself with methods such as MBPO that use models to generate cheap synthetic experience."),
    ("slac", "visual-foresight", "alternative_to",
     "SLAC contrasts its representation-learning use of a predictive model with methods that plan into the future with one, citing Finn & Levine's deep visual foresight."),
    ("mbpo", "pets", "uses_component",
     "MBPO's dynamics-ensemble code is a slightly modified version of the PETS implementation (official README)."),
    ("safedreamer", "dreamer", "builds_on",
     "Incorporates Lagrangian methods into world-model planning within the Dreamer framework; its codebase is built upon DreamerV3 and ships an unsafe DreamerV3 checkpoint."),
    ("safedreamer", "tdmpc", "uses_component",
     "Its online safety-reward planner follows TD-MPC inference (policy-mixed samples, elites, temperature), scoring imagined trajectories by both reward and cost."),
    ("genrl", "dreamer", "uses_component",
     "Collects its pretraining data with a DreamerV3 agent and learns task behaviours in imagination with a Dreamer-style actor-critic."),
    ("genrl", "plan2explore", "uses_component",
     "Uses a Plan2Explore agent as the other data collector for pretraining its multimodal-foundation world model."),
    ("genrl", "dynalang", "alternative_to",
     "Both ground language in a world model; GenRL aligns a frozen video-language model with the latent space without language annotations instead of predicting text in the stream."),
    ("dynalang", "dreamer", "builds_on",
     "Incorporates language into DreamerV3 by feeding one image and one text token per time step into the world model; its code is adapted from DreamerV3."),
    ("dreamsmooth", "dreamer", "builds_on",
     "Its code is built on the official DreamerV3 implementation; reward smoothing is added before episodes enter the replay buffer, and it outperforms base DreamerV3."),
    ("dreamsmooth", "tdmpc", "builds_on",
     "Targets reward-model-based MBRL such as DreamerV3 and TD-MPC; the paper also applies the same smoothing to TD-MPC on sparse-reward tasks."),
    ("s4wm", "transdreamer", "compares_with",
     "Compares against TSSM, the Transformer-based world model, and finds S4WM better at long-term memory and more efficient in training and imagination."),
    ("s4wm", "planet", "compares_with",
     "Uses RSSM, the RNN-based world model, as the other seminal baseline in its memory benchmarks with sequences of up to 2000 steps."),
    ("s4wm", "dreamer", "critiques",
     "Argues that state-of-the-art agents such as Dreamer rely on RNN backbones with limited memory capacity, and proposes S4 backbones instead."),
    # ---- from Value ----
    ("muzero", "vpn", "builds_on",
     "MuZero calls VPN its closest precursor and extends VPN's reward-and-value-grounded latent model with a policy head and MCTS instead of value-only search."),
    ("muzero", "predictron", "builds_on",
     "Follows the predictron's abstract model trained end to end only to predict values, adding reward and policy heads and using the model for tree search."),
    ("value-equivalence", "predictron", "builds_on",
     "Names the predictron among models whose success its principle explains: a model need only match the Bellman updates of chosen policies and value functions."),
    ("value-equivalence", "vpn", "builds_on",
     "Formalises why VPN-style models trained only on rewards and values can suffice for planning, casting them as value-equivalent models."),
    ("efficientzero", "muzero", "builds_on",
     "Built on MuZero, it adds a self-supervised temporal-consistency loss, end-to-end value-prefix prediction and model-based off-policy value correction for 100k-step Atari."),
    ("sampled-muzero", "muzero", "builds_on",
     "Extends MuZero's search to large and continuous action spaces by planning over sampled actions and correcting policy improvement for the sampling."),
    ("stochastic-muzero", "muzero", "builds_on",
     "Extends MuZero's deterministic learned model with afterstates and learned chance codes so the search can plan in stochastic games such as 2048 and backgammon."),
    ("stochastic-muzero", "value-equivalence", "builds_on",
     "Keeps value-equivalent model learning, training its stochastic model end to end on rewards, values and policies rather than reconstructing observations."),
    ("tdmpc", "dreamer", "compares_with",
     "TD-MPC2 reports its 104 continuous-control tasks against DreamerV3 as a main baseline, planning with MPPI in a decoder-free latent space instead."),
    ("tdmpc", "muzero", "alternative_to",
     "Both learn decoder-free latent models from reward and value; TD-MPC plans continuous actions with MPPI plus a terminal value, where MuZero runs MCTS over discrete actions."),
    ("efficientzero", "dreamer", "compares_with",
     "EfficientZero V2 reports results against DreamerV3, outperforming it in 50 of 66 tasks across Atari 100k, proprio control and vision control."),
    ("efficientzero", "simple", "compares_with",
     "EfficientZero's Atari 100k table reports SimPLe, the earlier model-based agent (0.144 median human-normalised score), as a baseline it surpasses."),
    ("efficientzero", "spr", "compares_with",
     "EfficientZero reports SPR, the previous best on Atari 100k, as a baseline and beats it with a MuZero model plus a SimSiam-style temporal-consistency loss."),
    ("value-equivalence", "vin", "builds_on",
     "Lists Value Iteration Networks among the models its principle accounts for, generalising their idea that a model only has to support the planning computation."),
    ("vpn", "vin", "alternative_to",
     "VPN plans by rolling out a learned abstract-state model of rewards and values, whereas VIN embeds value iteration as convolutions over a 2D grid-like state space."),
    ("treeqn", "vpn", "compares_with",
     "TreeQN and ATreeC are reported against value prediction networks and outperform them on multiple Atari games."),
    ("value-equivalence", "treeqn", "builds_on",
     "Names TreeQN among the models whose success its principle explains, since TreeQN's tree model is trained only through the values it produces."),
    ("value-equivalence", "muzero", "builds_on",
     "Formalises the principle behind MuZero: a model need only agree with the environment on Bellman updates for chosen policies and functions, not on observations."),
    ("muzero-unplugged", "muzero", "builds_on",
     "Combines MuZero with Reanalyse, re-planning on stored data with the learned model to make new targets, so one algorithm covers online and fully offline RL."),
    ("muesli", "muzero", "builds_on",
     "Learns a MuZero-style model as an auxiliary loss for regularised policy optimisation and matches MuZero on Atari while acting without deep search."),
    ("proper-ve", "value-equivalence", "builds_on",
     "Extends value equivalence to order-k and proper value equivalence, where a model must match the values of all policies, and derives a loss for learning such models."),
    ("proper-ve", "muzero", "builds_on",
     "Shows MuZero minimises an upper bound on its proper-VE loss and uses this to propose a modification of MuZero that improves performance."),
    ("gumbel-muzero", "muzero", "builds_on",
     "Replaces MuZero's root action selection and visit-count targets with Gumbel sampling without replacement and sequential halving, improving the policy even with few simulations."),
    ("gumbel-muzero", "sampled-muzero", "alternative_to",
     "Both plan with a subset of root actions: Gumbel MuZero samples them without replacement and allots simulations by sequential halving, Sampled MuZero samples from the policy and reweights."),
    ("lightzero", "muzero", "evaluates",
     "LightZero's benchmark runs MuZero in its unified MCTS framework on board games, Atari and control tasks and uses it as the reference for the other variants."),
    ("lightzero", "efficientzero", "evaluates",
     "LightZero's benchmark reports EfficientZero against MuZero and MuZero with SSL on Pong, Qbert and MsPacman in one framework."),
    ("lightzero", "sampled-muzero", "evaluates",
     "LightZero implements Sampled MuZero and runs it on its continuous-action environments such as Pendulum, LunarLander, BipedalWalker and DeepMind Control."),
    ("lightzero", "stochastic-muzero", "evaluates",
     "LightZero's benchmark compares Stochastic MuZero with MuZero on 2048 at two levels of chance."),
    ("lightzero", "gumbel-muzero", "evaluates",
     "LightZero's benchmark compares Gumbel MuZero with MuZero at different simulation budgets on Pong, MsPacman, Gomoku and LunarLanderContinuous."),
    ("unizero", "muzero", "builds_on",
     "Keeps MuZero-style MCTS on a value-equivalent latent model but replaces the recurrent model with a transformer that disentangles latent state from history."),
    ("unizero", "lightzero", "uses_component",
     "UniZero is implemented in and released through the LightZero MCTS framework, reusing its environments, search code and training pipeline."),
    ("muesli", "muzero-unplugged", "compares_with",
     "Muesli's Atari results are plotted against the latest MuZero of Schrittwieser et al. (2021), the Reanalyse paper, which it matches without deep search."),
    ("unizero", "value-equivalence", "builds_on",
     "Starts from MuZero-style models that rely on the value-equivalence principle and keeps reward, value and policy prediction as its transformer model's targets."),
    ("vagram", "mbpo", "uses_component",
     "Runs its value-gradient-weighted model loss inside MBPO (mbrl-lib, algorithm=mbpo) in place of the maximum-likelihood model loss."),
    ("vagram", "value-equivalence", "alternative_to",
     "Both replace maximum-likelihood model fitting with a value-aware objective; VaGraM weights state-prediction errors by the value gradient rather than matching Bellman updates."),
    ("newt", "tdmpc", "builds_on",
     "A language-conditioned multitask world model based on TD-MPC2, extended with a refined architecture, demonstration pretraining and action supervision."),
    ("newt", "dreamer", "alternative_to",
     "Cites DreamerV3 among the narrow single-task training regimes of continuous control and instead trains one agent online across 200 tasks."),
    ("puppeteer", "tdmpc", "builds_on",
     "Both levels of its hierarchy are TD-MPC2 implicit world models: a visual high-level puppeteer commanding a MoCap-pretrained low-level tracker."),
    ("puppeteer", "dreamer", "compares_with",
     "Reports results against DreamerV3, alongside SAC and TD-MPC2, on its eight visual whole-body humanoid tasks."),
    ("bmpc", "tdmpc", "builds_on",
     "Built on TD-MPC2's world model; replaces its model-free policy learning with imitation of the MPC expert plus model-based TD targets."),
    ("bmpc", "tdmpc", "compares_with",
     "Compares its network and MPC policies with TD-MPC2's on DMControl (Fig. 1); the official code can train TD-MPC2 as the baseline."),
    ("thinker", "muzero", "compares_with",
     "Its MCTS baseline runs MuZero-style search with 99 imaginary steps on the Thinker world model, against which the learned planner is compared."),
    ("thinker", "treeqn", "alternative_to",
     "Both put a learned model inside the agent's decision; Thinker lets RL learn how to interact with the model instead of fixing a planning algorithm."),
    ("vagram", "objective-mismatch", "alternative_to",
     "Both address the objective mismatch between one-step model fitting and control: Lambert et al. re-weight model training near expert data, VaGraM weights model errors by the value gradient."),
    ("minizero", "muzero", "evaluates",
     "Trains MuZero in its framework on 9x9 Go, 8x8 Othello and 57 Atari games and compares it with AlphaZero and the Gumbel variants."),
    ("minizero", "gumbel-muzero", "evaluates",
     "Implements and evaluates Gumbel AlphaZero and Gumbel MuZero; on Atari, both MuZero and Gumbel MuZero are found worth considering."),
    # ---- from Token ----
    ("iris", "simple", "compares_with",
     "IRIS cites SimPLe as the imagination-based agent that first showed promise on Atari 100k and reports its own Atari 100k results against it."),
    ("iris", "spr", "compares_with",
     "IRIS reports Atari 100k results against SPR, which it lists as using a world model only for representation learning rather than for imagination."),
    ("iris", "muzero", "alternative_to",
     "IRIS learns purely in imagination without search, one of three uses of world models it names beside SPR-style representation learning and MuZero-style lookahead search."),
    ("delta-iris", "iris", "successor_of",
     "Same authors' next IRIS: its autoencoder encodes only stochastic deltas between steps and its transformer summarises the world with continuous tokens, training far faster."),
    ("delta-iris", "dreamer", "compares_with",
     "Δ-IRIS reports Crafter results at several frame budgets against DreamerV3, the recurrent world-model baseline it surpasses."),
    ("storm", "iris", "compares_with",
     "STORM reports Atari 100k scores against IRIS, using one stochastic latent per frame in a GPT-like transformer instead of IRIS's many tokens per frame."),
    ("storm", "dreamer", "builds_on",
     "Keeps DreamerV3's categorical latents, symlog targets and actor-critic imagination training, swapping the recurrent dynamics for a stochastic transformer."),
    ("gaia1", "mile", "alternative_to",
     "GAIA-1 predicts real driving video as discrete tokens with a large autoregressive transformer, while MILE, by the same Wayve team, learns a compact latent world model jointly with a policy."),
    ("ivideogpt", "dreamer", "compares_with",
     "In its visual model-based RL experiments on Meta-World, iVideoGPT-based MBRL is compared with DreamerV3 and model-free DrQ-v2."),
    ("ivideogpt", "iris", "alternative_to",
     "Both are token-based transformer world models; iVideoGPT pre-trains on millions of manipulation trajectories with compressive tokens, while IRIS is trained per Atari game."),
    ("videopoet", "vdm", "alternative_to",
     "VideoPoet generates video with a decoder-only language model over discrete tokens, instead of the diffusion models, VDM among them, that dominate video generation."),
    ("lwm", "videopoet", "alternative_to",
     "Both generate video as discrete tokens with a language model: LWM trains one Llama-based model on text and VQGAN video up to a 1M-token context, VideoPoet a video-specific multitask LLM."),
    ("emu3", "sora", "alternative_to",
     "Emu3 generates video causally by predicting the next token, unlike the video diffusion model used in Sora."),
    ("emu3", "lwm", "alternative_to",
     "Emu3 trains one transformer from scratch on text, image and video tokens with no pretrained LLM, where LWM extends a pretrained Llama to million-token video and text contexts."),
    ("emu35", "emu3", "successor_of",
     "BAAI's next Emu model keeps one next-token objective but pre-trains on over 10T interleaved video-frame and transcript tokens, adds RL post-training and DiDA parallel decoding."),
    ("ivideogpt", "videogpt", "builds_on",
     "Makes the VideoGPT recipe of VQ tokens plus an autoregressive transformer interactive, interleaving action and reward tokens and compressing frames given context."),
    ("maskvit", "videogpt", "compares_with",
     "MaskViT reports BAIR video-prediction FVD against VideoGPT, generating all tokens by iterative masked refinement instead of one at a time."),
    ("iris", "trajectory-transformer", "alternative_to",
     "Both model trajectories with a transformer over discrete tokens: Trajectory Transformer plans on offline data by beam search, IRIS trains a policy online in imagination."),
    ("twm", "iris", "alternative_to",
     "Concurrent Transformer world models for Atari 100k: TWM feeds a Transformer-XL with latent states, actions and rewards, while IRIS predicts many discrete image tokens per frame."),
    ("rem", "iris", "builds_on",
     "Keeps IRIS's token-based world model and imagination training but uses a retentive network and predicts all next-frame tokens in parallel (POP)."),
    ("rem", "delta-iris", "alternative_to",
     "Both speed up IRIS-style token imagination: REM predicts all tokens of the next frame in parallel, Δ-IRIS encodes only stochastic deltas with few tokens."),
    ("dart", "iris", "builds_on",
     "Keeps IRIS's discrete-token world model but adds a transformer-encoder policy that attends to the tokens and memory tokens for partial observability."),
    ("dart", "storm", "compares_with",
     "DART reports Atari 100k scores against STORM among lookahead-free methods, claiming a higher median human-normalised score of 0.790."),
    ("videoworld", "lapa", "alternative_to",
     "Both learn control from unlabeled video via discrete change codes: VideoWorld's Latent Dynamics Model compresses multi-step visual changes, LAPA pretrains a VLA on latent actions."),
    ("ivideogpt", "maskvit", "compares_with",
     "iVideoGPT reports action-conditioned video-prediction results against MaskViT on BAIR and RoboNet, replacing masked parallel decoding with compressive tokens and next-token prediction."),
    ("iris", "world-models", "builds_on",
     "IRIS credits World Models as the pioneering imagination-based agent in toy environments and scales learning in imagination to Atari with a Transformer."),
    ("iris", "dreamer", "builds_on",
     "IRIS names DreamerV2 the best Atari agent learning in imagination but one developed at 200M frames, and trains its actor-critic on λ-returns in imagination as Dreamer does."),
    ("videoworld", "unipi", "alternative_to",
     "VideoWorld learns rules and control from raw video alone, noting that UniPi's video-generation policies still rely on language instructions and simple commands."),
    ("viper", "videogpt", "uses_component",
     "Its reference implementation uses VideoGPT on VQ-GAN tokens as the video prediction model whose next-frame likelihoods are the reward."),
    ("viper", "dreamer", "uses_component",
     "Trains a DreamerV3 agent on the video-likelihood rewards in its reference implementation."),
    ("simulus", "rem", "successor_of",
     "Next agent from REM's first author, built on the REM code (credited): a modular token-based world model extended beyond visual inputs and discrete actions."),
    ("simulus", "iris", "builds_on",
     "Keeps the IRIS-style token-based world-model agent (IRIS code credited) and lifts its limit to visual inputs and discrete actions."),
    ("maskvit", "visual-foresight", "builds_on",
     "Uses MaskViT as the action-conditioned forward model for visual model-predictive control on a real Sawyer robot, the visual-foresight planning setup."),
    ("magvit", "vdm", "compares_with",
     "Improves the previous best Kinetics-600 frame-prediction FVD of the Video Diffusion model from 16.2 to 9.9, and compares inference speed against it."),
    ("magvit", "maskvit", "compares_with",
     "Compares decoding with MaskViT on BAIR frame prediction (FVD 94 vs 76) and reports 4 to 16 times faster generation from shorter token sequences."),
    ("videopoet", "magvit", "uses_component",
     "VideoPoet tokenizes images and video with the MAGVIT-v2 tokenizer and predicts those tokens with a decoder-only language model."),
    ("magvit", "cogvideo", "compares_with",
     "Lists CogVideo in its tables: UCF-101 FVD 626 vs MAGVIT-L 76, and Kinetics-600 frame-prediction FVD 109.2 vs 9.9."),
    ("magvit", "phenaki", "compares_with",
     "Table 2 frame prediction: Phenaki's Kinetics-600 FVD 36.4 and BAIR FVD 97, against MAGVIT-L's 9.9 and 62."),
    ("webdreamer", "rap", "builds_on",
     "Extends the line of LLM-based world models for planning (Hao et al., 2023, RAP) to complex web environments, where the LLM simulates each candidate action's outcome."),
    ("webdreamer", "dreamer", "alternative_to",
     "Contrasts its LLM world model with Dreamer-style RL world models: those improve data efficiency in simulated games, while LLM world models trade simulation fidelity for broad knowledge."),
    ("rlvr-world", "ivideogpt", "uses_component",
     "Pre-trains iVideoGPT variants, including iVideoGPT's compressive tokenizer, as base video world models, then post-trains them with RLVR."),
    ("rlvr-world", "dino-wm", "compares_with",
     "Table 4 (PushT, Rope, Granular): comparable to DINO-WM overall and better on Granular (LPIPS 2.42 vs 3.5 reported)."),
    ("rlvr-world", "webdreamer", "alternative_to",
     "Both use LLMs as world models of web pages; RLVR-World post-trains a small LLM with RL on the F1 of predicted accessibility-tree changes."),
    ("rlvr-world", "text-world-sim", "uses_component",
     "Trains and tests its language world model on ByteSized32-State-Prediction (official 2,954-transition test set), reporting GPT-4's results from that paper alongside."),
    ("magvit", "make-a-video", "compares_with",
     "On UCF-101 class-conditional generation MAGVIT (trained on 9.5K videos) outperforms Make-A-Video, which is pretrained on 10M extra videos with a text-image prior."),
    # ---- from JEPA ----
    ("ijepa", "lecun-path", "builds_on",
     "Instantiates the joint-embedding predictive architecture of LeCun's 2022 proposal: a predictor guesses target-block embeddings from one context block."),
    ("vjepa", "ijepa", "builds_on",
     "Carries I-JEPA's feature-prediction objective to video: it masks space-time tubes and regresses an EMA target encoder's features with an L1 loss."),
    ("vjepa2", "vjepa", "successor_of",
     "Scales V-JEPA's mask-and-predict pretraining to a 1B-parameter encoder and over a million hours of video, then adds the action-conditioned V-JEPA 2-AC predictor."),
    ("vjepa2", "lecun-path", "builds_on",
     "Pairs its JEPA encoder with an action-conditioned latent predictor and plans toward goal embeddings, the world-model-plus-planner design LeCun's 2022 paper proposes."),
    ("vjepa2", "cosmos", "compares_with",
     "Reports Franka reach, grasp and pick-and-place success of V-JEPA 2-AC against a Cosmos-based planner (pick-and-place cup 80% vs 0%)."),
    ("iwm", "ijepa", "builds_on",
     "Generalizes I-JEPA's masked-block prediction to a world model that predicts, in latent space, the effect of global photometric transformations."),
    ("iwm", "lecun-path", "builds_on",
     "Takes the JEPA view that a predictor in representation space is a world model and shows that this predictor can be fine-tuned and reused, not discarded."),
    ("dino-wm", "dreamer", "compares_with",
     "Uses DreamerV3, trained on the same offline data without rewards and used for MPC, as a baseline and reports that DINO-WM plans better, most clearly in manipulation."),
    ("dino-wm", "iris", "compares_with",
     "Uses IRIS as a planning baseline and contrasts its own frame-level causal prediction of DINOv2 patches with IRIS's token-by-token prediction."),
    ("dino-wm", "tdmpc", "compares_with",
     "Uses TD-MPC2 as a baseline and notes that without a reward signal TD-MPC2's decoder-free latent model fails to plan on its offline tasks."),
    ("pldm", "lecun-path", "builds_on",
     "On the control side it trains a latent dynamics model as a JEPA and plans with it, testing LeCun's proposal against model-free RL on reward-free offline data."),
    ("pldm", "dino-wm", "alternative_to",
     "Both plan in a learned latent space from offline data: PLDM trains its encoder from scratch with JEPA anti-collapse terms and plans with MPPI, DINO-WM keeps frozen DINOv2 features and plans with CEM."),
    ("spr", "simple", "compares_with",
     "Evaluates on the Atari 100k benchmark that SimPLe introduced and reports SPR's median human-normalised score (0.415) against earlier sample-efficient agents, SimPLe among them."),
    ("vjepa", "lecun-path", "builds_on",
     "Tests the JEPA idea on video: feature prediction alone, with no pretrained image encoder, text, negatives or pixel reconstruction, yields versatile visual representations."),
    ("lewm", "pldm", "compares_with",
     "Cuts the tunable loss hyperparameters from six to one compared with PLDM, 'the only existing end-to-end alternative', and ships PLDM checkpoints as a baseline."),
    ("lewm", "dino-wm", "compares_with",
     "Plans up to 48x faster than foundation-model-based world models such as DINO-WM, which it reports as a baseline, while staying competitive on 2D and 3D control tasks."),
    ("lewm", "lecun-path", "builds_on",
     "Presents itself as the first JEPA trained stably end to end from pixels, with only a next-embedding loss and a Gaussian (SIGReg) regulariser instead of EMA or frozen encoders."),
    ("vl-jepa", "vjepa2", "uses_component",
     "Uses a frozen V-JEPA 2 ViT-L as its vision (X) encoder and trains a predictor to map its features to target text embeddings."),
    ("vl-jepa", "lecun-path", "builds_on",
     "Applies the JEPA principle to vision-language: instead of generating tokens it predicts continuous embeddings of the target text, trained with a bidirectional InfoNCE loss."),
    ("vjepa-physics", "vjepa", "evaluates",
     "Probes pretrained V-JEPA models with violation-of-expectation tests on IntPhys, GRASP and InfLevel, using the predictor's error as a surprise score."),
    ("vjepa-physics", "lecun-path", "builds_on",
     "Tests the JEPA bet that predicting masked video in a learned representation space yields world knowledge, finding intuitive physics that pixel predictors and multimodal LLMs lack."),
    ("dino-foresight", "vista", "compares_with",
     "Compares its DINOv2 feature forecasting with the 2.5B-parameter VISTA driving world model on future scene understanding and reports better results at about 100x faster inference."),
    ("dino-world", "dino-foresight", "alternative_to",
     "Both forecast future DINOv2 features for task heads: DINO-world trains a generalist cross-attention predictor on uncurated video, DINO-Foresight a masked feature transformer on driving video."),
    ("dino-world", "cosmos", "alternative_to",
     "Names COSMOS as a generative video model post-trained with actions; DINO-world instead predicts in frozen DINOv2 feature space and fine-tunes its predictor on observation-action trajectories."),
    ("td-jepa", "lecun-path", "builds_on",
     "Brings JEPA-style latent prediction to zero-shot RL: a policy-conditioned predictor trained with temporal-difference targets recovers successor features from reward-free data."),
    ("td-jepa", "pldm", "alternative_to",
     "Both learn latent-predictive models from reward-free offline data: TD-JEPA trains successor-feature policies for zero-shot RL, while PLDM plans with a latent dynamics model."),
    ("jepa-wms", "dino-wm", "compares_with",
     "Reproduces DINO-WM as a baseline on navigation and manipulation tasks and reports that its best JEPA-WM configuration outperforms it."),
    ("jepa-wms", "vjepa2", "compares_with",
     "Re-trains V-JEPA 2-AC (a 'fixed' version) as a DROID baseline and reports that its best configuration outperforms it in manipulation planning."),
    ("jepa-wms", "vjepa", "uses_component",
     "Loads the V-JEPA ViT-L/16 checkpoint as one of the frozen visual encoders it compares, next to DINOv2, DINOv3 and V-JEPA 2."),
    ("eb-jepa", "pldm", "builds_on",
     "Its action-conditioned world-model example reuses PLDM's Two Rooms data generation and its anti-collapse terms (variance-covariance, temporal similarity, inverse dynamics)."),
    ("eb-jepa", "lecun-path", "builds_on",
     "Writes every example as an energy: prediction error in representation space plus an anti-collapse regulariser, the energy-based JEPA formulation of LeCun's proposal."),
    ("vjepa21", "vjepa2", "successor_of",
     "Keeps V-JEPA 2's latent-prediction core and adds a dense loss on visible as well as masked tokens, deep self-supervision and modality-specific tokenizers."),
    ("vjepa21", "lecun-path", "builds_on",
     "Stays within the JEPA recipe of predicting masked video in representation space against an EMA target, now with dense per-token targets at several layers."),
    ("lejepa", "ijepa", "compares_with",
     "LeJEPA's README table compares LeJEPA ViT-L (100 epochs) with I-JEPA ViT-H (300 epochs) on 8 downstream datasets at 1, 10 and all shots."),
    ("lewm", "lejepa", "uses_component",
     "LeWorldModel trains its JEPA world model with LeJEPA's SIGReg regulariser, pushing latent embeddings toward an isotropic Gaussian."),
    ("seq-jepa", "ijepa", "compares_with",
     "seq-JEPA's saccade (PLS) experiments train a convolutional I-JEPA baseline (Conv-I-JEPA) alongside seq-JEPA on the same glimpses."),
    ("seq-jepa", "iwm", "alternative_to",
     "Both learn equivariant latent world models of image transformations: IWM conditions a predictor on transformation parameters; seq-JEPA aggregates view–action sequences."),
    ("c-swm", "simple", "critiques",
     "Argues pixel-space objectives can ignore visually small but relevant features, citing the bullet in an Atari game of Kaiser et al.'s model-based Atari agent."),
    ("spr", "c-swm", "alternative_to",
     "Both train latent transition models without decoding pixels: C-SWM with a contrastive hinge over object slots, SPR with a BYOL-style target encoder."),
    ("self-predictive-rl", "spr", "builds_on",
     "Names SPR as a self-predictive (ZP) method and distils its recipe into one l2 loss toward an EMA target's next latent on top of model-free RL."),
    ("self-predictive-rl", "dreamer", "critiques",
     "Groups Dreamer with observation-predictive methods and finds that objective less robust to distracting observations than self-predictive ZP learning."),
    ("jepa-slow-features", "lecun-path", "critiques",
     'Tests the Joint Embedding Predictive Architecture proposed in LeCun\'s position paper and highlights "an important limitation": with fixed noise it fails.'),
    ("jepa-slow-features", "planet", "compares_with",
     "Compares JEPA world models against a reconstruction-based RSSM (PlaNet's latent dynamics model) at recovering the dot's location under distractor noise."),
    # ---- from VideoDiff ----
    ("movie-gen", "sora", "compares_with",
     "Reports human-evaluation win rates of its 30B text-to-video model against OpenAI's Sora, alongside Runway Gen3 and LumaLabs."),
    ("unisim-google", "unipi", "alternative_to",
     "Both use text-conditioned video generation for decision making: UniPi generates a video plan and reads off actions, UniSim simulates action outcomes to train policies in simulation."),
    ("veo3", "sora", "alternative_to",
     "Both are closed frontier video generators presented as general world models: Sora's report calls video models world simulators, the Veo 3 paper probes zero-shot perception and reasoning."),
    ("movie-gen", "wan", "alternative_to",
     "Both are large flow-matching DiT video foundation models: Movie Gen is a closed 30B model with a temporal autoencoder, Wan an open 1.3B/14B suite with its own 4x8x8 Wan-VAE."),
    ("cosmos-predict25", "cosmos", "successor_of",
     "Presented as the latest Cosmos world foundation model: one flow-based model for Text2World, Image2World and Video2World that 'significantly improves upon Cosmos-Predict1'."),
    ("cosmos-predict25", "wan", "uses_component",
     "Uses the Wan2.1 VAE as its video tokenizer: the released Cosmos-Predict2.5-2B tokenizer.pth is registered as 'Wan2.1/vae'."),
    ("imagen-video", "vdm", "builds_on",
     "Scales VDM's video diffusion models into a cascade of a base model plus spatial and temporal super-resolution models, with v-parameterization and progressive distillation."),
    ("lumiere", "imagen-video", "compares_with",
     "Contrasts its Space-Time U-Net, which generates the whole clip in one pass, with cascades like ImagenVideo that make distant keyframes and then temporally super-resolve, and compares against it."),
    ("cogvideox", "hunyuanvideo", "alternative_to",
     "Both release open DiT text-to-video models on a causal 3D VAE: CogVideoX fuses text and video in an expert transformer, HunyuanVideo scales to 13B with an MLLM text encoder."),
    ("open-sora", "sora", "builds_on",
     "Sets out 'to build an open-source version of Sora' and implements features Sora's report describes, such as training at native resolution, aspect ratio and length."),
    ("open-sora", "svd", "builds_on",
     "Adopts Stable Video Diffusion's progressive multi-stage training and builds its data pipeline (scene cutting, captioning, scoring, filtering) 'following SVD'."),
    ("skyreels-v2", "diffusion-forcing", "builds_on",
     "Adds a Diffusion Forcing stage in which each token gets its own noise level, fine-tuned from a full-sequence model, so it can extend videos indefinitely."),
    ("skyreels-v2", "hunyuanvideo", "compares_with",
     "Reports VBench and SkyReels-Bench human scores against HunyuanVideo-13B (human average 3.29 for SkyReels-V2-I2V vs 2.84)."),
    ("skyreels-v2", "wan", "compares_with",
     "Compares with Wan2.1-14B on VBench (83.9% vs 83.7% total) and human evaluation; its own inference code also builds on the Wan 2.1 model classes."),
    ("skyreels-v2", "cogvideox", "compares_with",
     "Lists CogVideoX1.5-5B among the open text-to-video baselines in its VBench comparison."),
    ("skyreels-v2", "open-sora", "compares_with",
     "Lists OpenSora 2.0 among the open text-to-video baselines in its VBench comparison."),
    ("magi-1", "videopoet", "compares_with",
     "MAGI-1's Physics-IQ table reports Magi-24B V2V at 56.02 against VideoPoet V2V at 29.50."),
    ("magi-1", "wan", "compares_with",
     "MAGI-1 compares with Wan-2.1 in its in-house human evaluation and on Physics-IQ (Wan2.1 I2V 20.89)."),
    ("magi-1", "hunyuanvideo", "compares_with",
     "MAGI-1's in-house human evaluation places it against open-source HunyuanVideo (and Wan-2.1, Hailuo)."),
    ("framepack", "hunyuanvideo", "uses_component",
     "FramePack's released model packs frame context into a HunyuanVideo transformer and uses HunyuanVideo's VAE and text encoder."),
    ("cosmos-transfer1", "cosmos", "builds_on",
     "Adds modality-specific control branches to a Cosmos world foundation model's main generation branch, reusing the Cosmos-Tokenize1 video tokenizer."),
    ("ltx-video", "cogvideox", "alternative_to",
     "Both are open DiT text/image-to-video models; LTX-Video trades detail for speed with a 1:192 VAE, CogVideoX uses a 3D VAE with an expert transformer."),
    ("pyramid-flow", "cogvideox", "compares_with",
     "Pyramid Flow's user study finds it preferred over open-source CogVideoX-2B, especially in motion smoothness (README)."),
    ("pyramid-flow", "open-sora", "compares_with",
     "Pyramid Flow's user study (20+ participants) finds it preferred over open-source Open-Sora, especially in motion smoothness (README)."),
    ("cogvideox", "cogvideo", "successor_of",
     "CogVideoX's repository presents CogVideo (ICLR'23) as its earlier model, kept on a separate branch; CogVideoX replaces CogVideo's token transformer with diffusion."),
    ("make-a-video", "cogvideo", "compares_with",
     "Evaluates zero-shot text-to-video on MSR-VTT and reports outperforming CogVideo in both its Chinese and English settings."),
    # ---- from Interactive ----
    ("diamond", "iris", "compares_with",
     "Argues that IRIS-style discrete image tokens can drop visual details that matter for control, and reports Atari 100k results against IRIS with its pixel-space diffusion world model."),
    ("diamond", "storm", "compares_with",
     "Lists STORM among the transformer world models it compares with on Atari 100k, where DIAMOND reports a mean human-normalised score of 1.46."),
    ("genie", "unisim-google", "alternative_to",
     "Contrasts itself with UniSim: such world models 'require both text and action labels', while Genie learns latent actions from video-only data."),
    ("genie3", "veo3", "alternative_to",
     "Both are Google DeepMind video generators: Genie 3 generates a world frame by frame in real time from navigation inputs, while Veo 3 makes fixed clips that the paper probes zero-shot."),
    ("diamond", "dreamer", "compares_with",
     "Compares its diffusion world model with DreamerV3 on Atari 100k, contrasting pixel-space diffusion with Dreamer's recurrent model over discrete latents."),
    ("diamond", "gamengen", "alternative_to",
     "Both turn a diffusion model into a playable game engine: DIAMOND trains a small EDM model on 87 h of CS:GO, GameNGen fine-tunes Stable Diffusion v1.4 on DOOM played by RL agents."),
    ("genie3", "gamengen", "compares_with",
     "Its announcement compares Genie 3 with GameNGen, Genie 2 and Veo on resolution, domain, control and interaction horizon."),
    ("genie2", "genie", "successor_of",
     "Extends Genie from 2D platformers to a large-scale foundation world model that generates action-controllable 3D worlds from a single image prompt."),
    ("genie3", "genie2", "successor_of",
     "Next DeepMind Genie model after Genie 2: it generates worlds in real time at 720p and 24 fps for a few minutes and adds promptable world events."),
    ("genie", "gaia1", "alternative_to",
     "Contrasts itself with GAIA-1, which needs text and action labels, while Genie learns an 8-code latent action space from unlabelled Internet video."),
    ("matrix-game", "oasis", "compares_with",
     "Reports GameWorld Score results against Oasis (keyboard accuracy 0.95 vs 0.77) to claim it outperforms prior open-source Minecraft world models."),
    ("muse-wham", "genie", "alternative_to",
     "Both generate playable game sequences: WHAM learns from 7 years of Bleeding Edge play with real controller actions, Genie infers latent actions from unlabelled platformer videos."),
    ("matrix-game", "genie3", "alternative_to",
     "Both are real-time interactive world models: Matrix-Game 2.0 is an open 1.8B model distilled to few-step causal diffusion at 25 fps, Genie 3 a closed 720p, 24 fps model."),
    ("hy-worldplay", "hunyuanworld", "successor_of",
     "HY-World 1.5 follows HY-World 1.0, which 'relies on a lengthy offline generation process and lacks real-time interaction', with a streaming interactive video model."),
    ("hy-worldplay", "matrix-game", "compares_with",
     "Reports short- and long-term PSNR, SSIM, LPIPS and camera-pose errors against Matrix-Game-2.0, the other real-time baseline in its table."),
    ("hy-worldplay", "gen3c", "compares_with",
     "Compares long-horizon reconstruction consistency with Gen3C, a non-real-time 3D-cache baseline (long-term PSNR 15.37 vs 18.94 for WorldPlay)."),
    ("causvid", "cogvideox", "compares_with",
     "Uses CogVideoX as the bidirectional baseline for latency and quality, reporting 9.4 FPS streaming generation, about 160x lower latency than CogVideoX."),
    ("matrix-game", "hunyuanvideo", "uses_component",
     "Matrix-Game 1.0 is trained on top of HunyuanVideo, which its README thanks 'for their strong base model'."),
    ("gamecraft", "hunyuanvideo", "uses_component",
     "Fine-tunes HunyuanVideo into an action-controllable game video generator trained on over a million recordings from 100+ AAA games."),
    ("oasis", "diffusion-forcing", "builds_on",
     "Generates Minecraft frames autoregressively with a DiT trained the Diffusion Forcing way; the released inference code adapts Diffusion Forcing's attention, model and sampling code."),
    ("self-forcing", "diffusion-forcing", "critiques",
     "Argues that Teacher Forcing and Diffusion Forcing train on ground-truth context and so cause exposure bias, and instead trains on the model's own autoregressive rollouts."),
    ("gamegan", "world-models", "uses_component",
     "Builds its VizDoom dataset with the World Models DoomRNN experiment code, then learns the game with a GAN renderer and a memory module instead of a VAE plus MDN-RNN."),
    ("gamengen", "gamegan", "alternative_to",
     "Both replace a game engine with a neural network: GameGAN uses a GAN renderer with memory on 2D games, GameNGen a fine-tuned Stable Diffusion v1.4 that runs DOOM at 20 fps."),
    ("mineworld", "oasis", "compares_with",
     "Evaluates visual quality and action following against Oasis, the open diffusion-based Minecraft world model, and reports outperforming it while running in real time."),
    ("matrix-game", "mineworld", "compares_with",
     "Reports GameWorld Score results against MineWorld next to Oasis (keyboard accuracy 0.95 vs 0.86, 3D consistency 0.76 vs 0.51)."),
    ("hy-worldplay", "gamefactory", "uses_component",
     "Its released training code shipped a script that converts GameFactory's action-annotated Minecraft dataset into WorldPlay training data."),
    ("matrix-game", "gamefactory", "builds_on",
     "Takes GameFactory's idea of an action-control module for injecting keyboard and mouse actions into a pretrained video model."),
    ("hy-worldplay", "wan", "uses_component", "Its lightweight WorldPlay-5B variant uses a 5B Wan model as backbone."),
    ("hy-worldplay", "gamecraft", "compares_with",
     "Compares with Hunyuan-GameCraft, which shows the largest long-term rotation and translation drift in its table (R_dist 2.497, T_dist 3.291)."),
    ("self-forcing", "causvid", "builds_on",
     "Keeps CausVid's few-step autoregressive video diffusion with DMD-style distribution matching, but trains on the model's own rollouts with KV caching instead of ground-truth context."),
    ("self-forcing", "wan", "uses_component",
     "Starts from the Wan2.1-T2V-1.3B model, whose weights its README downloads first, and releases a chunk-wise causal version of it."),
    ("matrix-game", "self-forcing", "builds_on",
     "Matrix-Game 2.0 distils its model into a few-step causal generator with Self Forcing and a KV cache to reach 25 fps."),
    ("matrix-game", "skyreels-v2", "uses_component",
     "Matrix-Game 2.0 starts from SkyReels-V2, which its README thanks 'for their strong base model'."),
    ("yan", "genie3", "alternative_to",
     "Presents Genie 3 as a world model with room to improve in resolution, interaction richness and duration, and aims at 1080P/60FPS interactive simulation instead."),
    ("yan", "matrix-game", "alternative_to",
     "Groups Matrix-Game with game-based interactive video generators that lack generalisation, high resolution, complex physics and editing, which its three modules target."),
    ("hy-worldplay", "viewcrafter", "compares_with",
     "Includes ViewCrafter among the non-real-time camera-controlled baselines in its short- and long-term consistency table."),
    ("hy-worldplay", "hunyuanvideo", "uses_component",
     "Its main WorldPlay-8B model uses HunyuanVideo 1.5 (480P image-to-video) as the backbone for action control and memory."),
    ("longlive", "self-forcing", "builds_on",
     'LongLive names Self-Forcing as "the codebase and algorithm we built upon" and adds KV-recache, streaming long tuning and a frame sink.'),
    ("longlive", "wan", "uses_component",
     'LongLive\'s acknowledgements name Wan as "the base model we built upon" for its 1.3B short-clip generator.'),
    ("yume", "wan", "uses_component",
     "Yume reuses Wan2.1 code and builds its 14B image-to-video world model on the Wan I2V configuration (wan/configs in the official repo)."),
    ("yume", "self-forcing", "builds_on",
     "Yume1.5 accelerates its autoregressive world generator to a few steps with Self-Forcing-style distillation on its compressed history."),
    ("yume", "matrix-game", "compares_with",
     "Yume1.5's comparison table reports Matrix-Game (and Wan-2.1, Yume) on instruction following and generation time."),
    ("lingbot-world", "wan", "uses_component",
     'LingBot-World states "This codebase is built upon Wan2.2" and thanks the Wan team for the models its simulator starts from.'),
    ("lingbot-world", "genie3", "alternative_to",
     "Both are real-time, general interactive world models; LingBot-World is open-source and shows comparison demos on camera paths taken from Genie 3's videos."),
    ("vid2world", "diffusion-forcing", "builds_on",
     'Vid2World causalizes a video diffusion model by sampling "independent and uniform noise levels in different frames, following Diffusion Forcing".'),
    ("vid2world", "diamond", "compares_with",
     'On CS:GO, Vid2World compares its predictions with "the strong baseline of DIAMOND, under two configurations", showing less error accumulation.'),
    ("yume", "framepack", "builds_on",
     'Yume\'s repository provides "FramePack-Like training code" for its long-video generation with a compressed memory of past frames.'),
    ("pan", "critiques", "builds_on",
     "PAN implements the Generative Latent Prediction design the essay argued for: an LLM latent-dynamics backbone grounded by a generative video decoder."),
    ("hy-worldplay", "vmem", "compares_with",
     "HY-World 1.5's evaluation table lists VMem (long-term PSNR 12.77) among the baselines its own model (18.94) is compared with."),
    # ---- from Spatial3D ----
    ("gen3c", "cosmos", "uses_component",
     "Is built on NVIDIA Cosmos: the released GEN3C-Cosmos-7B conditions a Cosmos video model on renders of a 3D cache for precise camera control."),
    ("worldmem", "oasis", "builds_on",
     "Takes Open-Oasis's architecture and pretrained VAE and DiT weights, and adds a memory bank of past frames with poses and timestamps for long-term consistency."),
    ("lyra", "gen3c", "builds_on",
     "Adds a 3D Gaussian Splatting decoder to GEN3C's camera-controlled video model and trains it by self-distillation from the RGB decoder on GEN3C-generated multi-view latents."),
    ("lyra", "cosmos", "uses_component",
     "Works in the latent space of the Cosmos-based video model, whose autoencoder and diffusion model stay frozen while only the 3DGS decoder is trained."),
    ("voyager", "gen3c", "alternative_to",
     "Both condition video diffusion on 3D information for camera-controlled exploration: GEN3C renders a point-cloud cache into Cosmos, Voyager generates aligned RGB and depth with a world cache."),
    ("hunyuanworld", "voyager", "uses_component",
     "Lists Voyager, the team's RGB-D video diffusion model for world-consistent exploration, as a delivered part of its open-source plan for extending generated worlds."),
    ("hunyuanworld", "wonderworld", "alternative_to",
     "Both lift a single image into an explorable 3D world: HunyuanWorld builds a 360-degree panorama proxy with semantically layered meshes, WonderWorld fast layered Gaussian surfels scene by scene."),
    ("marble", "hunyuanworld", "alternative_to",
     "Both generate explorable, exportable 3D worlds from text or images: Marble exports Gaussian splats and meshes from a closed model, HunyuanWorld releases open panorama-based mesh generation."),
    ("marble", "genie3", "alternative_to",
     "Marble produces a persistent 3D world that can be exported and revisited, while Genie 3 renders the world frame by frame in real time from user actions without a 3D asset."),
    ("worldmem", "genie3", "alternative_to",
     "Both target consistency when a place is revisited: WorldMem retrieves past frames from a memory bank by pose and time, Genie 3 keeps about a minute of visual memory from its own history."),
    ("aether", "gen3c", "alternative_to",
     "Both give video generation geometric awareness: Aether jointly predicts 4D geometry and video with camera trajectories as actions, GEN3C conditions on renders of a 3D cache."),
    ("aether", "nwm", "alternative_to",
     "Both plan by imagining video toward a goal image: Aether uses a geometry-aware world model with camera trajectories as actions, NWM a navigation world model over robot trajectories."),
    ("text2room", "scenescape", "alternative_to",
     "Concurrent text-to-3D-scene pipelines: Text2Room fuses inpainted, depth-lifted views into a textured room mesh, SceneScape grows one mesh along a camera fly-through with test-time depth tuning."),
    ("luciddreamer", "text2room", "alternative_to",
     "Both inpaint views with a 2D diffusion model and lift them with monocular depth: LucidDreamer aligns point clouds for domain-free 3D Gaussian splats, Text2Room fuses a room mesh."),
    ("wonderjourney", "scenescape", "compares_with",
     "Runs human preference studies against SceneScape (and InfiniteNature-Zero) and acknowledges reusing SceneScape's code."),
    ("wonderworld", "wonderjourney", "compares_with",
     "Same group's follow-up that sets itself against offline generators such as WonderJourney and makes each connected scene in under 10 s, about 80x faster."),
    ("viewcrafter", "luciddreamer", "alternative_to",
     "Both synthesise novel views of a scene from a single image: ViewCrafter conditions a video diffusion model on point-cloud renders, LucidDreamer inpaints views with an image model and fits 3DGS."),
    ("viewcrafter", "cat3d", "alternative_to",
     "Both create 3D scenes from one or few images with diffusion priors: ViewCrafter uses a point-cloud-guided video diffusion model, CAT3D a multi-view diffusion model followed by NeRF reconstruction."),
    ("lyra", "cat3d", "critiques",
     "Argues that CAT3D-style pipelines need an expensive per-scene optimisation stage that cannot be amortised, and replaces it with a feed-forward 3DGS decoder."),
    ("lyra2", "lyra", "successor_of",
     "Same NVIDIA team and repository: moves from Lyra's single-shot 3DGS decoding to long, revisitable explorations lifted to 3D by feed-forward reconstruction."),
    ("lyra2", "wan", "uses_component",
     "Fine-tunes the Wan2.1-I2V-14B-480P video model as its camera-controlled generator; its README lists Wan 2.1 among the projects it builds upon."),
    ("flashworld", "wan", "uses_component",
     "Loads the Wan2.2-TI2V-5B transformer and VAE and attaches a pixel-aligned 3DGS reconstruction decoder to the Wan VAE."),
    ("flashworld", "lyra", "alternative_to",
     "Both distil video diffusion into fast feed-forward 3D Gaussian scene generation: FlashWorld builds on Wan 2.2-5B, Lyra on GEN3C and Cosmos with a self-distilled 3DGS decoder."),
    ("voyager", "wonderworld", "compares_with",
     "Reports WorldScore results against WonderWorld, the strongest 3D-based baseline in its table (average 77.62 vs 72.69)."),
    ("voyager", "hunyuanvideo", "uses_component",
     "Extends the HunyuanVideo-I2V image-to-video model (HYVideo-T/2) into a joint RGB and depth video generator for world-consistent exploration."),
    ("hunyuanworld", "wonderjourney", "compares_with",
     "Compares image-to-world generation quality with WonderJourney and DimensionX (BRISQUE, NIQE, Q-Align, CLIP-I)."),
    ("gen3c", "svd", "uses_component",
     "Its README states the model is based on NVIDIA Cosmos and Stable Video Diffusion, the two video backbones it conditions on 3D-cache renders."),
    ("flashworld", "wonderworld", "compares_with",
     "Reports WorldScore results against WonderWorld, LucidDreamer and WonderJourney, and re-scores them with randomly sampled views instead of anchor views only."),
    ("flashworld", "luciddreamer", "compares_with",
     "Reports WorldScore results against LucidDreamer next to WonderWorld and WonderJourney, on anchor views and on randomly sampled views."),
    ("aether", "cogvideox", "uses_component",
     "Is built primarily on CogVideoX, which it fine-tunes into a model that jointly predicts video, depth and camera trajectories."),
    ("infinite-nature-zero", "infinite-nature", "successor_of",
     'Takes the perpetual view generation task "proposed by Liu et al." and learns it from single photos, without posed video, via cyclic virtual trajectories.'),
    ("wonderjourney", "infinite-nature-zero", "compares_with",
     "WonderJourney runs human preference studies of its generated journeys against InfiniteNature-Zero (and SceneScape)."),
    ("persistent-nature", "infinite-nature", "critiques",
     "Says auto-regressive 3D synthesis methods lack persistence (scenes change and differ on return); replaces them with a camera-independent world."),
    ("persistent-nature", "infinite-nature-zero", "compares_with",
     "Reports view-synthesis FID on InfiniteNature-Zero's 5K-image evaluation set with forward and random camera poses."),
    ("pathdreamer", "nwm", "alternative_to",
     "Both imagine what an agent would see along a navigation path: Pathdreamer reprojects an accumulated 3D point cloud; NWM denoises future frames with a diffusion transformer."),
    ("vmem", "worldmem", "alternative_to",
     "Both keep long-term scene consistency by retrieving past views as context: WorldMem from a pose- and time-indexed memory bank, VMem through surfels indexing the views."),
    # ---- from Driving ----
    ("gaia2", "gaia1", "successor_of",
     "Wayve's next driving world model after GAIA-1: a latent diffusion model that generates multi-camera video under ego, agent, weather and road-layout controls."),
    ("gaia2", "unisim-waabi", "alternative_to",
     "Both simulate driving sensors: GAIA-2 generates new multi-camera video from structured conditions, UniSim re-simulates recorded logs from reconstructed neural feature grids for camera and lidar."),
    ("gem", "vista", "builds_on",
     "Built on Vista's code and SVD-based driving world model, it adds depth output and fine-grained ego-motion, object-dynamics and scene-composition control."),
    ("gem", "gaia2", "alternative_to",
     "Two controllable driving video generators: GEM is an open ego-view model with depth and object-level control, GAIA-2 a multi-camera latent diffusion model with structured scene controls."),
    ("drivedreamer", "gaia1", "alternative_to",
     "Both learn world models from real driving video: DriveDreamer conditions a diffusion model on HD maps and 3D boxes in two stages, GAIA-1 predicts video tokens autoregressively."),
    ("occworld", "gaia1", "alternative_to",
     "OccWorld forecasts 3D semantic occupancy with a VQ scene tokenizer and a GPT-like transformer, where GAIA-1 forecasts camera-video tokens."),
    ("copilot4d", "gaia1", "alternative_to",
     "Copilot4D forecasts future lidar point clouds by tokenizing them and predicting with discrete diffusion, instead of generating camera video tokens like GAIA-1."),
    ("copilot4d", "occworld", "alternative_to",
     "Concurrent 3D driving world models that both tokenize scenes with a VQ-VAE: Copilot4D forecasts raw lidar with discrete diffusion, OccWorld forecasts semantic occupancy with a GPT."),
    ("unisim-waabi", "gen3c", "alternative_to",
     "Both render novel views of recorded driving scenes: UniSim reconstructs them into neural feature grids, GEN3C guides a video diffusion model with a depth-lifted 3D cache."),
    ("mile", "planet", "builds_on",
     "Its world model is a PlaNet-style recurrent state-space model with deterministic and stochastic latent states, learned jointly with the driving policy from expert video."),
    ("mile", "dreamer", "builds_on",
     "Like Dreamer it imagines future latent states with its learned model, but trains from offline expert driving by imitation instead of RL and can drive from plans predicted in imagination."),
    ("drive-wm", "drivedreamer", "compares_with",
     "Reports nuScenes video-generation FID and FVD against DriveDreamer, reaching FID 15.8 and FVD 122.7."),
    ("drive-wm", "magicdrive", "compares_with",
     "Compares its multi-view nuScenes image generation with MagicDrive and other layout-conditioned generators on FID."),
    ("drivedreamer2", "drivedreamer", "successor_of",
     "Builds on the DriveDreamer framework and adds an LLM that turns user prompts into agent trajectories and an HD map for customized multi-view driving video."),
    ("drivedreamer2", "drive-wm", "compares_with",
     "Reports multi-view video FID 11.2 and FVD 55.7 on nuScenes, about 30% and 50% better than the previous best, Drive-WM's 15.8 and 122.7."),
    ("drivedreamer2", "magicdrive", "alternative_to",
     "Both generate controllable multi-camera nuScenes video from layouts: DriveDreamer-2 has an LLM write trajectories and an HD map first, MagicDrive encodes boxes, map and camera poses separately."),
    ("vista", "genad", "uses_component",
     "Trains on OpenDV-YouTube, the large web driving-video dataset released with GenAD by the same group."),
    ("vista", "drive-wm", "compares_with",
     "Reports nuScenes FID and FVD against earlier driving world models, beating the best of them, Drive-WM, by 55% in FID and 27% in FVD."),
    ("vista", "drivedreamer", "compares_with",
     "Lists DriveDreamer among the driving world models in its nuScenes FID/FVD comparison."),
    ("vista", "svd", "uses_component",
     "Starts from Stable Video Diffusion and Stability AI's generative-models code, adding dynamics and structure losses, latent replacement for history and action controls."),
    ("gem", "svd", "uses_component",
     "Inherits the Stable Video Diffusion backbone through Vista and Stability AI's generative-models code, extending it to output depth alongside RGB."),
    ("epona", "vista", "compares_with",
     "Reports 7.4% better FVD on nuScenes than prior world models, the previous best being Vista, a fixed-length video diffusion model it argues cannot roll out flexibly."),
    ("epona", "gaia1", "critiques",
     "Argues GPT-style world models such as GAIA-1 lose visual quality and planning precision by tokenizing images and actions, and keeps autoregression with continuous diffusion instead."),
    ("occsora", "occworld", "critiques",
     "Departs from OccWorld-style autoregressive next-token occupancy prediction, reusing OccWorld's code but generating 4D occupancy with a diffusion transformer to model long horizons."),
    ("occsora", "copilot4d", "alternative_to",
     "Both tokenize 3D driving scenes and generate their future with diffusion: OccSora produces trajectory-conditioned 4D semantic occupancy, Copilot4D forecasts raw lidar point clouds."),
    ("think2drive", "dreamer", "builds_on",
     "Learns a compact latent world model of CARLA v2 and trains its planner by model-based RL inside it as a neural simulator, in the Dreamer line."),
    ("think2drive", "mile", "alternative_to",
     "Both drive in CARLA with a latent world model: Think2Drive learns its policy by model-based RL in imagination, MILE learns model and policy by imitating offline expert data."),
    ("cosmos-drive-dreams", "cosmos", "uses_component",
     "A synthetic-data pipeline built on NVIDIA's Cosmos world foundation models: Cosmos-Transfer1 and Cosmos-Predict1 AV variants turn HD-map and box layouts into driving video."),
    ("cosmos-drive-dreams", "gaia2", "alternative_to",
     "Both generate controllable multi-camera driving video: Cosmos-Drive-Dreams renders HD-map and box layouts into video to make training data, GAIA-2 conditions on ego, agent and scene inputs."),
    ("cosmos-drive-dreams", "cosmos-transfer1", "uses_component",
     "Cosmos-Drive-Dreams renders HD maps, 3D boxes and LiDAR depth into condition videos and generates driving video with a driving-specialised Cosmos-Transfer1."),
    ("drivegan", "gamegan", "builds_on",
     "DriveGAN extends GameGAN's training procedure into a learned latent space, with adversarial and VAE losses and a GameGAN-style warm-up."),
    ("drivegan", "world-models", "compares_with",
     "Table 1 compares FVD with World Model (VAE + MDN-RNN) and a World Model* variant trained on DriveGAN's latent space; DriveGAN is lower."),
    ("drivevla-w0", "emu3", "uses_component",
     "Its autoregressive variant starts from the Emu3-Stage1 weights and the Emu3 vision tokenizer, predicting future image tokens alongside actions."),
    ("drivevla-w0", "univla-wang", "builds_on",
     "Builds its interleaved language-vision-action sequence 'following Wang et al. (2025)' (UniVLA), which adds actions to autoregressive world modeling, now for driving."),
    ("drivevla-w0", "law", "builds_on",
     "Takes up LAW's world modelling as a self-supervised objective for driving, but predicts future images instead of latents."),
    ("drivevla-w0", "doe-1", "alternative_to",
     "Puts Doe-1 (with GAIA-1, DrivingGPT) in the stream that generates future frames to synthesize data; DriveVLA-W0 uses future prediction only as a training signal."),
    ("drivevla-w0", "wote", "compares_with",
     "Claims to surpass 'the BEV-based WoTE' on NAVSIM (Table 1: WoTE 88.3 PDMS with 3 cameras + LiDAR; DriveVLA-W0 90.2 with one camera)."),
    ("wote", "law", "compares_with",
     "LAW is a camera-only baseline in WoTE's NAVSIM Table 1 (PDMS 84.6 vs WoTE's 88.3); WoTE adds trajectory evaluation with a BEV world model."),
    ("wote", "drive-wm", "alternative_to",
     "Says 'in contrast to prior work [Drive-WM], which predict[s] the future in image space, we build a world model in BEV space as it is much more efficient'."),
    ("doe-1", "occworld", "builds_on",
     "Doe-1's paper links the authors' Large Driving Model series, which places it after OccWorld: from occupancy-token world modeling to RGB, text and action tokens."),
    # ---- from RobotWM ----
    ("irasim", "vdm", "compares_with",
     "Trains a VDM baseline on its RT-1, Bridge and Language-Table trajectory-to-video benchmark and reports IRASim generating better videos than it."),
    ("dreamgen", "wan", "uses_component",
     "Fine-tunes pretrained image-to-video models such as WAN2.1 on a few robot teleoperation trajectories (with LoRA) to serve as its video world model."),
    ("nwm", "diamond", "compares_with",
     "Takes DIAMOND, a U-Net diffusion world model built for single game environments, as its world-model baseline for predicting future navigation frames from actions."),
    ("irasim", "unisim-google", "alternative_to",
     "Both are action-conditioned video simulators for robots: IRASim aligns every action of a trajectory with its frame in a DiT, UniSim conditions one video diffusion model on language and actions."),
    ("nwm", "dino-wm", "alternative_to",
     "Both plan by optimizing actions through a learned world model toward a goal image: NWM generates future frames with a 1B diffusion transformer, DINO-WM predicts frozen DINOv2 features."),
    ("dreamgen", "cosmos", "uses_component",
     "Its released pipeline post-trains NVIDIA's Cosmos-Predict2 as the video world model that generates the synthetic robot videos (neural trajectories)."),
    ("dreamgen", "lapa", "uses_component",
     "Labels its generated robot videos with pseudo-actions from a LAPA latent action model or an inverse dynamics model before training visuomotor policies."),
    ("ctrl-world", "worldeval", "alternative_to",
     "Both evaluate robot policies inside a video world model: Ctrl-World rolls out VLAs in a multi-view SVD-based model with memory, WorldEval drives a Wan2.1-based model with policy latents."),
    ("ctrl-world", "irasim", "alternative_to",
     "Both are action-conditioned robot video world models: Ctrl-World adds multi-view prediction and pose-conditioned memory for closed-loop VLA rollouts, IRASim focuses on frame-level action alignment."),
    ("worldeval", "wan", "uses_component",
     "Builds its policy-evaluation world model on the Wan2.1 video diffusion model, conditioned on latent action representations extracted from the policy."),
    ("robodreamer", "unipi", "builds_on",
     "Factorizes UniPi-style text-to-video planning: it parses instructions into primitives and composes diffusion models conditioned on each, so unseen combinations can be planned."),
    ("robodreamer", "unisim-google", "alternative_to",
     "RoboDreamer factorizes language into primitives and composes several text-conditioned video diffusion models, whereas UniSim trains one action- and language-conditioned simulator on broad data."),
    ("enerverse", "vpp", "alternative_to",
     "Both derive robot actions from a video-prediction model: EnerVerse generates multi-view future space chunks with sparse memory, VPP conditions its policy on fine-tuned SVD features."),
    ("enerverse", "cot-vla", "alternative_to",
     "Both imagine the future before acting: EnerVerse predicts multi-view future video chunks, CoT-VLA generates one subgoal image autoregressively as a visual chain of thought."),
    ("dreamdojo", "cosmos-predict25", "uses_component",
     "Built on the Cosmos-Predict2.5 code base and model family, it adds latent-action pretraining on 44k hours of human video; post-trained Cosmos-Predict2.5 is its baseline."),
    ("dreamdojo", "ctrl-world", "alternative_to",
     "Both are action-conditioned robot video world models for policy evaluation: DreamDojo pretrains on human video and distils to real time, Ctrl-World post-trains SVD on DROID robot data."),
    ("veo-robot-eval", "ctrl-world", "alternative_to",
     "Both evaluate generalist policies inside a video world model: Google fine-tunes Veo with multi-view completion and scene editing, Ctrl-World post-trains SVD on DROID with memory."),
    ("veo-robot-eval", "worldeval", "alternative_to",
     "Both use a video world model to predict real-world policy rankings: Veo's simulator also edits scenes for out-of-distribution and safety tests, WorldEval steers Wan2.1 with policy latents."),
    ("veo-robot-eval", "dreamdojo", "alternative_to",
     "Both offer a video world model in which to evaluate robot policies: a fine-tuned Veo for Gemini Robotics policies, and DreamDojo pretrained on 44k hours of human video."),
    ("genie-envisioner", "enerverse", "successor_of",
     "AgiBot's README names EnerVerse the previous version; Genie Envisioner rebuilds it as one video world platform (GE-Base, GE-Act, GE-Sim) on LTX-Video."),
    ("ge-sim2", "genie-envisioner", "successor_of",
     "Next version of Genie Envisioner's GE-Sim: a closed-loop video world simulator for manipulation that tops the WorldArena benchmark at 2B parameters."),
    ("ge-sim2", "ctrl-world", "alternative_to",
     "Both are closed-loop video simulators for evaluating manipulation policies: GE-Sim 2.0 is AgiBot's 2B simulator, Ctrl-World a multi-view SVD-based model trained on DROID."),
    ("onex-wm", "worldeval", "alternative_to",
     "Both use a learned video world model to evaluate robot policies without real rollouts: 1X's model is trained on its own humanoid data, WorldEval drives Wan2.1 with policy latents."),
    ("onex-wm", "irasim", "alternative_to",
     "Both learn action-conditioned video simulators of real robots: 1X's from its own humanoid logs as a product, IRASim from public RT-1, Bridge and Language-Table data."),
    ("tesseract", "unipi", "builds_on",
     "Keeps UniPi's generate-a-video-plan-then-infer-actions recipe but generates RGB, depth and normal videos so actions come from reconstructed 4D scenes."),
    ("tesseract", "susie", "critiques",
     "Argues that 2D image and video world models such as SuSIE lack the depth and geometry needed for precise 3D manipulation, motivating its 4D world model."),
    ("worldgym", "unisim-google", "builds_on",
     "Uses an action-conditioned video model as a stand-in environment in which to roll out and score robot policies, the simulator role UniSim proposed."),
    ("worldgym", "oasis", "builds_on",
     "Its world model is a spatial-temporal DiT over VAE latents in the style of Open-Oasis, which the official repository acknowledges alongside DiT and Diffusion Forcing."),
    ("roboscape", "irasim", "compares_with",
     "Reports IRASim as a robot world-model baseline in its video-generation comparison, against which its physics-informed model does better."),
    ("roboscape", "ivideogpt", "compares_with",
     "Reports iVideoGPT as a token-based robot world-model baseline in its video-generation comparison."),
    ("roboscape", "genie", "compares_with",
     "Reports a Genie-style latent-action world model as a baseline in its video-generation comparison."),
    ("irasim", "ivideogpt", "compares_with",
     "Reports latent L2 and PSNR against iVideoGPT, an autoregressive token world model, on its robot trajectory-to-video benchmark."),
    ("ctrl-world", "svd", "uses_component",
     "Is developed from Stable Video Diffusion, extended with multi-view inputs, frame-level action conditioning and pose-conditioned memory retrieval."),
    ("worldgym", "diffusion-forcing", "builds_on",
     "Its autoregressive video model samples frames with Diffusion Forcing's per-frame noise schedule, adapting that code as the official repository states."),
    ("vla-rft", "ivideogpt", "uses_component",
     "Its world-model simulator code ships iVideoGPT's compressive VQ tokenizer (via RLVR-World, credited in the README) for action-conditioned frame prediction."),
    ("vla-rft", "worldvla", "compares_with",
     "WorldVLA is a baseline in its LIBERO table (81.8% average) against VLA-RFT's 91.1%."),
    ("vla-rft", "cot-vla", "compares_with",
     "CoT-VLA is a baseline in its LIBERO table (81.1% average) against VLA-RFT's 91.1%."),
    ("wmpo", "open-sora", "uses_component",
     "Its world models are fine-tuned from the OpenSora STDiT-v3 checkpoint (first on Open X-Embodiment) and trained with the OpenSora framework."),
    ("wmpo", "dreamer", "alternative_to",
     "Same goal, RL in imagination, but 'in contrast to widely used latent world models' WMPO predicts pixels so imagined frames match the VLA's web-pretrained features."),
    ("rwm", "world-models", "builds_on",
     "RWM 'builds on the core concept of world models' (Ha & Schmidhuber): learn dynamics from interaction, then optimise the policy in the imagined environment."),
    ("rwm", "dreamer", "compares_with",
     "DreamerV3 is a policy-learning baseline: it 'demonstrates partial convergence' and fails to give a deployable policy, while MBPO-PPO on RWM transfers to hardware."),
    ("vlp", "unipi", "builds_on",
     "Uses text-to-video models as the dynamics model, citing their learned dynamics (Du et al. 2023b, UniPi), inside VLM-guided tree search; UniPi is also a baseline in its long-horizon tables."),
    ("adaworld", "vista", "builds_on",
     "The README states AdaWorld is implemented on Vista's code base, replacing driving controls with latent actions learned from videos."),
    ("adaworld", "svd", "uses_component",
     "Its world model is initialised from the pretrained Stable Video Diffusion checkpoint (svd.safetensors) per the training docs."),
    # ---- from WMVLA ----
    ("vpp", "svd", "uses_component",
     "Fine-tunes Stable Video Diffusion into a manipulation-focused text-guided video prediction model whose internal features condition its action head."),
    ("unipi", "vdm", "builds_on",
     "Casts decision making as text-conditioned video generation with a video diffusion model, then extracts actions from the generated plan with an inverse dynamics model."),
    ("susie", "unipi", "alternative_to",
     "SuSIE generates only the next subgoal image with a pretrained image-editing diffusion model for a goal-reaching policy, instead of UniPi's whole generated video plan."),
    ("gr2", "gr1", "successor_of",
     "ByteDance's next GR model: it keeps GR-1's GPT-style joint video-and-action model but pre-trains on 38 million web video clips (over 50B tokens) before robot fine-tuning."),
    ("gr2", "unipi", "alternative_to",
     "GR-2 predicts future frames and action trajectories in one GPT-style model, whereas UniPi first generates a full video plan with diffusion and then infers actions by inverse dynamics."),
    ("vpp", "gr1", "compares_with",
     "Reports CALVIN ABC-D results against GR-1 among its baselines, with an 18.6% relative gain over the previous state of the art."),
    ("lapa", "genie", "builds_on",
     "Follows Genie in learning discrete latent actions from unlabeled video with a VQ-VAE, but uses them as pretraining targets for a robot VLA instead of controls for playable worlds."),
    ("lapa", "unipi", "compares_with",
     "Compares against UniPi, a method that learns from action-free video by generating video plans, as a baseline for pretraining without action labels."),
    ("lapa", "lwm", "uses_component",
     "Starts latent-action pretraining from the LWM-Chat-1M checkpoint and builds on the Large World Model codebase."),
    ("univla-bu", "lapa", "builds_on",
     "Extends LAPA-style latent-action pretraining by learning task-centric latent actions in DINOv2 feature space, so task-irrelevant pixel changes are left out."),
    ("univla-bu", "univla-wang", "alternative_to",
     "Same name, different routes to generalist policies: Bu et al. pretrain on task-centric latent actions from video, Wang et al. model vision, language and actions as one token sequence on Emu3."),
    ("univla-wang", "emu3", "uses_component",
     "Starts from Emu3's pretrained weights and vision tokenizer and models language, image and action tokens autoregressively on Emu3's code."),
    ("worldvla", "univla-wang", "alternative_to",
     "Both unify world model and policy in one autoregressive token model: WorldVLA (on Chameleon) learns next-image and action prediction jointly, UniVLA (on Emu3) post-trains on video first."),
    ("worldvla", "cot-vla", "alternative_to",
     "WorldVLA trains one model to predict both next images from actions and actions from images, whereas CoT-VLA first generates a subgoal image and then an action chunk."),
    ("cot-vla", "susie", "alternative_to",
     "Both predict a subgoal image before acting: CoT-VLA generates it inside one autoregressive VLA (VILA-U), SuSIE uses a separate image-editing diffusion model and a low-level policy."),
    ("dreamzero", "wan", "uses_component",
     "Built on Wan2.1-I2V-14B-480P (optionally Wan2.2-TI2V-5B), which it trains to generate future video and actions together as a world action model."),
    ("dreamzero", "cosmos-policy", "alternative_to",
     "Both turn a pretrained video diffusion model into a robot policy: DreamZero jointly generates video and actions with a 14B Wan model, Cosmos Policy encodes actions and values as latent frames."),
    ("cosmos-policy", "cosmos", "uses_component",
     "Fine-tunes NVIDIA's Cosmos-Predict2-2B video model in one stage, without architecture changes, to output actions, future states and values as latent frames."),
    ("seer", "gr1", "builds_on",
     "Builds on GR-1's code and GPT-style backbone, adding a foresight token that predicts a future image and an action token that infers actions from that foresight, trained end to end."),
    ("dreamvla", "seer", "builds_on",
     "Its code is based on Seer; it replaces Seer's full future-image foresight with compact forecasts of motion-masked regions, depth and semantic features."),
    ("gen2act", "videopoet", "uses_component",
     "Generates a human video of the task zero-shot with a pretrained VideoPoet model, without fine-tuning, and conditions its robot policy on that video."),
    ("gen2act", "unipi", "alternative_to",
     "Both generate a video and then act: Gen2Act makes a human video with an off-the-shelf model and learns a point-track-aware policy, UniPi generates robot video and inverts it."),
    ("3d-vla", "susie", "alternative_to",
     "Both generate goals with diffusion editing models: 3D-VLA predicts goal images, depth and point clouds inside a 3D VLA, SuSIE edits 2D subgoal images for a low-level policy."),
    ("uva", "unipi", "compares_with",
     "UniPi is a baseline in Tables I and IV: UVA reaches higher success and video quality and infers in 0.23 s vs 24.07 s."),
    ("uva", "pad", "critiques",
     "Notes PAD 'cannot predict future actions independently of future image generation, resulting in slower inference'; UVA decouples the two decoders."),
    ("uva", "vpp", "alternative_to",
     "Cites VPP's route (policy reads a fine-tuned video model's latents); UVA instead learns one joint video-action latent and skips video at inference."),
    ("uva", "dreamitate", "critiques",
     "Cites Dreamitate among methods that generate videos and then extract actions, an approach it says 'often suffer[s] from slow inference speeds' with compounded video and action errors."),
    ("uwm", "gr1", "compares_with",
     "GR-1 is a baseline in UWM's real-robot and LIBERO experiments (and in its released code, configs/model/gr1.yaml); UWM reports higher success."),
    ("uwm", "pad", "compares_with",
     "PAD is a baseline in UWM's real-robot and LIBERO experiments; UWM replaces PAD's shared diffusion timestep with independent timesteps for actions and next frames."),
    ("dreamitate", "svd", "uses_component",
     "Fine-tunes the image-conditioned Stable Video Diffusion checkpoint (img2vid-xt) on human tool-use demonstrations; the repo is based on SVD's code."),
    ("moto", "gr1", "compares_with",
     "GR-1 is a CALVIN baseline (Table 3: 3.06 vs Moto's 3.10); Moto matches it from a static camera alone, and its repo builds on GR-1's code."),
    ("moto", "susie", "compares_with",
     "SuSIE is a CALVIN ABC→D baseline in Table 3 (average length 2.69 vs 3.10 for Moto)."),
    ("moto", "lapa", "alternative_to",
     "Calls LAPA concurrent work that predicts one-step latent actions; Moto instead pre-trains a policy to predict whole trajectories of latent motion tokens."),
    ("lapa", "phenaki", "uses_component",
     "LAPA's README says its latent action quantization model referred to Phenaki code (lucidrains' phenaki-pytorch re-implementation of the C-ViViT tokenizer)."),
    # ---- from Position ----
    ("physics-iq", "sora", "evaluates",
     "Scores Sora's image-to-video continuations of its filmed physics scenarios; Sora gets a Physics-IQ score of 10.0%, the lowest of the models in the paper."),
    ("physics-law", "sora", "critiques",
     "Questions the Sora-inspired claim that scaling video generation yields world simulators: its models fail out of distribution and generalize by case, not by physical law."),
    ("physics-iq", "svd", "evaluates",
     "Scores Stable Video Diffusion's image-to-video continuations of its physics scenarios, measuring a Physics-IQ score of 14.8%."),
    ("critiques", "lecun-path", "critiques",
     "Argues against JEPA's latent-only prediction loss and for a generative, observation-grounded objective over a hierarchical mix of discrete and continuous latents."),
    ("critiques", "sora", "critiques",
     "Argues that video generators such as Sora overemphasize pixel generation and fall short of a world model that simulates actionable possibilities for reasoning and acting."),
    ("general-agents", "othello-gpt", "builds_on",
     "Turns the empirical finding that trained models like Othello-GPT carry implicit world models into a theorem: any agent that generalizes to many goals must contain one."),
    ("general-agents", "vafa-eval", "alternative_to",
     "Two ways to get at a model's implicit world model: Richens et al. extract it from an agent's goal-directed policy with a theorem, Vafa et al. test it with Myhill-Nerode distinction metrics."),
    ("vafa-eval", "othello-gpt", "evaluates",
     "Runs its sequence-compression and distinction metrics on Li et al.'s Othello-GPT checkpoints to test whether they recover the game's true state structure."),
    ("physics-iq", "physics-law", "alternative_to",
     "Both test whether video generators learn physics: Physics-IQ scores existing models on filmed real scenarios, Kang et al. train models from scratch on synthetic 2D motion to probe extrapolation."),
    ("physics-iq", "videopoet", "evaluates",
     "Scores VideoPoet in image-to-video and multiframe modes; its multiframe score of 29.5% is the highest among the models tested in the paper."),
    ("video-lang", "unisim-google", "builds_on",
     "Argues video generation can serve as a real-world environment simulator, the role its authors' UniSim showed with an action-conditioned video model."),
    ("video-lang", "unipi", "builds_on",
     "Argues video generation can serve as a policy and planner, the role UniPi showed by generating text-guided video plans and turning them into actions."),
    ("world-in-world", "wan", "evaluates",
     "Plugs Wan2.1 and Wan2.2 image-to-video models into its closed-loop embodied tasks, zero-shot and post-trained, and measures task success rather than visual quality."),
    ("world-in-world", "cosmos", "evaluates",
     "Plugs Cosmos-Predict2 (2B) into its closed-loop embodied tasks, zero-shot and post-trained, and measures how much it improves task success."),
    ("world-in-world", "nwm", "evaluates",
     "Plugs Navigation World Model into its closed-loop embodied tasks zero-shot as one of the evaluated world models."),
    ("physics-iq", "lumiere", "evaluates",
     "Scores Lumiere in image-to-video and multiframe modes, measuring Physics-IQ scores of 19.0% and 23.0%."),
    ("learning-to-think", "schmidhuber-1990", "builds_on",
     "Extends the 1990 controller-plus-recurrent-world-model design by letting the controller learn to query and reuse the model's knowledge for abstract reasoning and planning."),
    ("space-time-probes", "othello-gpt", "builds_on",
     "Extends Othello-GPT-style linear probing of internal world representations from a board game to real-world space and time in Llama-2 models."),
    ("videophy", "svd", "evaluates",
     "Rates SVD (text-to-image-to-video) for semantic adherence and physical commonsense in its human-evaluated leaderboard."),
    ("worldscore", "wonderworld", "evaluates",
     "Scores WonderWorld as one of its 3D scene generators on controllability, quality and dynamics, and ships evaluation code for it."),
    ("worldscore", "worldmodelbench", "alternative_to",
     "Two world-generation benchmarks: WorldScore scores camera-controlled 3D and 4D scene generation, WorldModelBench judges video generators on instruction following and physics."),
    ("wr-arena", "cosmos", "evaluates",
     "Evaluates Cosmos-Predict1 and Cosmos-Predict2 14B Video2World models on its world-reasoning tasks."),
    ("wr-arena", "wan", "evaluates", "Evaluates WAN 2.1-I2V-14B and WAN 2.2-I2V-A14B on its world-reasoning tasks."),
    ("wr-arena", "worldscore", "uses_component",
     "Builds its generation-consistency evaluation on WorldScore's code, patched for its tasks."),
    ("world-in-world", "svd", "evaluates",
     "Plugs SVD image-to-video into its closed-loop embodied tasks zero-shot (and a post-trained SVD) as one of the evaluated world models."),
    ("videophy", "cogvideox", "evaluates",
     "Rates CogVideoX-2B and -5B on its captions; CogVideoX-5B tops the human leaderboard yet satisfies both semantics and physics for only 39.6% of prompts."),
    ("videophy", "lumiere", "evaluates",
     "Rates Lumiere in text-to-video and text-to-image-to-video modes on semantic adherence and physical commonsense."),
    ("worldscore", "cogvideox", "evaluates",
     "Scores CogVideoX text-to-video and image-to-video models as video generators under its camera-controlled next-scene protocol."),
    ("worldscore", "wonderjourney", "evaluates",
     "Scores WonderJourney as one of its 3D scene generators and ships evaluation code for it alongside WonderWorld."),
    ("world-in-world", "hunyuanvideo", "evaluates",
     "Plugs HunyuanVideo-I2V zero-shot into its closed-loop embodied tasks as one of the evaluated world models."),
    ("inductive-bias-probe", "othello-gpt", "critiques",
     "Fine-tunes Othello next-token models to reconstruct boards and finds they recover 'enough of' the board for legal next moves, not the full board state."),
    ("inductive-bias-probe", "vafa-eval", "alternative_to",
     "Both test whether a sequence model recovered its world model; this one measures the inductive bias it shows when fine-tuned on small synthetic tasks."),
    ("chess-gpt", "othello-gpt", "builds_on",
     "Extends Li et al.'s Othello-GPT probing to real chess games, with linear probes and activation edits on a GPT trained on PGN strings."),
    ("chess-gpt", "space-time-probes", "alternative_to",
     "Both read latent world variables linearly from a sequence model's activations: board squares and player Elo in chess, places and dates in LLMs."),
    ("objective-mismatch", "pets", "critiques",
     "Argues that fitting dynamics by one-step likelihood, as in the state-of-the-art PETS-style MBRL it cites, optimises an objective not always correlated with control performance."),
    ("world-in-world", "pathdreamer", "evaluates",
     "World-in-World includes Pathdreamer among the world models it plugs into its closed-loop embodied tasks."),
    ("world-in-world", "ltx-video", "evaluates",
     "World-in-World plugs LTX-Video into its closed-loop embodied tasks as one of the evaluated video world models."),
    ("wr-arena", "pan", "evaluates",
     "WR-Arena runs PAN, its authors' proprietary model served from a custom endpoint, through its evaluation scripts (e.g. the smoothness evaluation)."),
    ("videophy2", "videophy", "successor_of",
     "Second VideoPhy benchmark from the same group: moves from material interactions to 200 action-centric prompts, with rule-level human labels and a new auto-rater."),
    ("videophy2", "wan", "evaluates",
     "Wan2.1-T2V-14B tops its human leaderboard with 32.6% joint performance overall and 21.9% on the hard subset."),
    ("videophy2", "cosmos", "evaluates",
     "Rates Cosmos-1.0-Diffusion-7B Text2World by hand: 24.1% joint performance overall, 10.9% on the hard subset."),
    ("videophy2", "sora", "evaluates",
     "Rates OpenAI Sora through its UI on a 60-prompt subset: 23.3% joint performance, 5.3% on the hard subset."),
    ("videophy2", "hunyuanvideo", "evaluates",
     "Rates HunyuanVideo-13B: 17.2% joint performance overall and 6.2% on the hard subset."),
    ("phygenbench", "cogvideox", "evaluates",
     "Scores CogVideoX 2B and 5B on its 160 prompts: averages 0.37 and 0.45, human scores 0.31 and 0.37."),
    ("phygenbench", "open-sora", "evaluates",
     "Scores Open-Sora V1.2 (1.1B): average 0.44 across mechanics, optics, thermal and material prompts, human score 0.35."),
    ("intphys2", "vjepa-physics", "uses_component",
     "Its prediction-based evaluation code (surprise metrics for V-JEPA and VideoMAEv2) is based on the jepa-intuitive-physics code."),
    ("intphys2", "vjepa2", "evaluates",
     "Measures V-JEPA 2 (ViT-H predictor) by its surprise on possible vs impossible videos (prediction_evals config vjepa_2)."),
    ("intphys2", "cosmos", "evaluates",
     "Evaluates Cosmos-Predict1 as a prediction-based model through its latent predictions (config cosmos_latent, run on 8 nodes)."),
    ("text-world-sim", "rap", "alternative_to",
     "Contrasts direct simulation by the LLM with RAP, which builds a world model from LLM priors and hands it to a dedicated planning algorithm."),
]


# Guided tours: an ordered walk through the field. Each step is (entry id, narration): why this step
# matters in the tour's story and what changed from the step before (not the entry's tagline).
TOURS = [
    dict(
        id="dreamer-line",
        title="From World Models to Dreamer 4",
        summary="How learning inside a learned simulator grew from a VAE and an RNN into agents that "
                "get diamonds in Minecraft from offline data.",
        steps=[
            ("world-models", "Where the story starts: a VAE compresses each frame, an RNN predicts the next "
                             "code, and in VizDoom a controller trained entirely inside that dream works in the "
                             "real game. The parts are trained separately, so the latents are not shaped for control."),
            ("planet", "PlaNet learns the latent model end to end from pixels, with a state split into a "
                       "deterministic memory and a stochastic part (the RSSM). It still learns no policy: every "
                       "action is planned with CEM over imagined rollouts."),
            ("simple", "SimPLe shows the payoff on Atari: PPO trained mostly inside a learned video-prediction "
                       "model, with only 100k real steps. That budget becomes the standard test for the world "
                       "models that follow."),
            ("dreamer", "The first Dreamer (2019) keeps PlaNet's RSSM but replaces online planning with an actor "
                        "and critic learned inside imagined rollouts, propagating analytic gradients of learned "
                        "values back through the imagined latent trajectories, and exceeds earlier approaches on 20 "
                        "visual control tasks. Later versions add discrete latents (V2) and one fixed "
                        "configuration for 150+ tasks (V3)."),
            ("daydreamer", "Is imagination training efficient enough for the physical world? DayDreamer runs "
                           "Dreamer on real robots with no simulator: a quadruped learns to walk in about an hour."),
            ("iris", "IRIS swaps the recurrent latent for the recipe of language models: frames become discrete "
                     "tokens and a GPT-style transformer predicts the next frame's tokens, with strong Atari 100k "
                     "results."),
            ("dreamer4", "By now DreamerV3 (2023) had become the first algorithm to collect Minecraft diamonds "
                         "from scratch, without human data. Dreamer 4 brings the line to video scale: a "
                         "transformer world model trained with shortcut forcing runs in real time on one GPU, and "
                         "its agent is the first to get diamonds purely from offline data, without environment "
                         "interaction."),
        ]),
    dict(
        id="value-planning",
        title="Planning with learned models: VIN to TD-MPC",
        summary="Models that only have to be right about rewards and values, and the search that uses them.",
        steps=[
            ("vin", "A planner inside the network: VIN writes value iteration as convolutions and a max, and "
                    "trains it end to end. Nothing asks its learned reward map and transitions to match the real "
                    "environment, only to yield good decisions."),
            ("predictron", "The predictron makes the internal model something you roll forward: a fully abstract "
                           "Markov reward process, unrolled over several imagined planning steps while it "
                           "accumulates internal rewards and values. It is trained end to end so that these "
                           "accumulated values approximate the true value function."),
            ("vpn", "The Value Prediction Network gives the abstract model actions (options), so it can be used "
                    "to plan: per option it predicts reward, discount, next abstract state and value, and searches "
                    "a short lookahead tree."),
            ("muzero", "MuZero scales the idea to superhuman play: a latent model with reward, value and policy "
                       "heads, searched with MCTS, learns Go, chess, shogi and Atari without being given the rules."),
            ("value-equivalence", "Why is a model that never reconstructs observations good enough? Value "
                                  "equivalence answers: it only has to give the same Bellman updates as the real "
                                  "environment for the policies and value functions you plan with."),
            ("sampled-muzero", "MuZero's search lists every action at every node. Sampled MuZero searches over a "
                               "small sample of actions drawn from its policy, corrected so that policy improvement "
                               "stays principled, which opens large and continuous action spaces."),
            ("efficientzero", "MuZero needed enormous amounts of experience. EfficientZero adds a self-supervised "
                              "consistency loss between imagined and encoded next states and learns Atari from "
                              "about two hours of play."),
            ("tdmpc", "TD-MPC carries decoder-free, value-shaped latents into continuous control: a short MPPI "
                      "search in latent space plus a learned terminal value. Its later version, TD-MPC2, runs one "
                      "agent, with one configuration, across 80 tasks."),
            ("vagram", "Another way to care only about value: VaGraM keeps a model of the real state but weights "
                       "each dimension of its prediction error by the gradient of the value function. Inside MBPO "
                       "it stays robust where maximum likelihood struggles, with small models or distracting state "
                       "dimensions."),
            ("newt", "Value-shaped world models at scale: Newt trains one language-conditioned, TD-MPC2-style "
                     "world model, first on demonstrations and then with online RL on all 200 tasks of its "
                     "MMBench at once."),
        ]),
    dict(
        id="pixels-or-embeddings",
        title="Pixels or embeddings?",
        summary="Should a world model predict the next frame, or only what it means? The JEPA line and the "
                "video generators, side by side.",
        steps=[
            ("lecun-path", "The argument for embeddings: in LeCun's words, the main advantage of a JEPA is that "
                           "it performs predictions in representation space, without having to predict every "
                           "detail of the target. His agent plans like model-predictive control: the world model "
                           "predicts the states an action sequence leads to, and the actor searches for the "
                           "sequence with the lowest total cost."),
            ("ijepa", "The first large JEPA: I-JEPA predicts the embeddings of hidden image blocks from a visible "
                      "one, with no pixel decoder and no hand-made augmentations."),
            ("sora", "The opposite bet, scaled up: a diffusion transformer on spacetime patches generates up to a "
                     "minute of video from text, and OpenAI calls such video models world simulators."),
            ("vjepa", "V-JEPA answers in embedding space: predicting the features of masked space-time regions of "
                      "video, without text, negatives or pixel reconstruction, gives frozen features that serve "
                      "both motion- and appearance-heavy tasks."),
            ("dino-wm", "Planning without pixels: DINO-WM predicts the next frame's frozen DINOv2 patch features "
                        "given an action, and plans toward a goal image in that feature space."),
            ("cosmos", "The pixel side as infrastructure: NVIDIA's Cosmos pre-trains open diffusion and "
                       "autoregressive video world foundation models on curated video, to be post-trained into "
                       "simulators for robots, driving or camera control."),
            ("physics-iq", "Do pixel generators understand physics? Physics-IQ checks their continuations of real "
                           "filmed experiments and finds that visual realism does not imply physical understanding."),
            ("vjepa2", "V-JEPA 2 takes the embedding route to robots: a web-scale video JEPA, then a small "
                       "action-conditioned predictor trained on under 62 hours of robot video that plans "
                       "pick-and-place toward goal images zero-shot. Against a planner built on Cosmos it takes "
                       "about 16 seconds per action instead of about 4 minutes."),
            ("critiques", "The debate stays open: Xing and colleagues critique several schools of thought, the "
                          "JEPA line among them, and argue that a world model's primary goal is to simulate all "
                          "actionable possibilities of the real world for reasoning and acting. They propose "
                          "hierarchical, mixed continuous and discrete representations learned with a generative, "
                          "self-supervised framework (PAN)."),
            ("pan", "PAN builds a model along those lines: a vision encoder gives a latent state, an LLM-based "
                    "backbone predicts the next state from an action written in words, and a video diffusion "
                    "decoder renders it. Training the state by generatively reconstructing real observations is "
                    "meant to avoid the collapse of purely latent objectives."),
        ]),
    dict(
        id="playable-worlds",
        title="From video generators to playable worlds",
        summary="How generated video became interactive: from clips you watch to worlds you steer frame by frame.",
        steps=[
            ("vdm", "Generated video, not yet steerable: shortly after Yang and colleagues' video diffusion model (arXiv "
                    "2203.09481, March 2022), VDM stretches the standard image diffusion recipe over time with a "
                    "3D U-Net. A clip is generated as a whole; nobody steers it while it unfolds."),
            ("genie", "Genie makes video playable without action labels: it learns a vocabulary of 8 latent "
                      "actions from internet videos of 2D platformers, so any image becomes a world you can "
                      "step through with those controls."),
            ("diamond", "DIAMOND predicts each next frame with diffusion from past frames and actions, and trains "
                        "an Atari agent entirely inside that dream. Its playable CS:GO model came later, in October "
                        "2024, after GameNGen."),
            ("diffusion-forcing", "Diffusion Forcing supplies a recipe for rolling out frame by frame: every frame "
                                  "gets its own noise level and a causal model learns to denoise them, so video "
                                  "can run past the training horizon without diverging."),
            ("gamengen", "GameNGen makes a whole game engine out of a diffusion model: a fine-tuned Stable "
                         "Diffusion runs DOOM at 20 fps, kept stable by noising its context frames during training."),
            ("oasis", "Oasis puts a playable Minecraft-like world in the browser at 20 fps: a diffusion transformer "
                      "trained with Diffusion Forcing generates each frame from the last ones and your inputs. Its "
                      "own announcement lists limited memory over long horizons among the open problems."),
            ("genie2", "Genie 2 moves to rich 3D worlds from one prompt image, with keyboard-and-mouse control, "
                       "emergent physics and memory of places briefly out of view, consistent for up to about a "
                       "minute."),
            ("vid2world", "Reusing a video generator instead of training from scratch: Vid2World makes a pretrained, "
                          "non-causal video diffusion model causal, trains it with per-frame noise levels as in "
                          "Diffusion Forcing, and steers each frame with the latest action."),
            ("matrix-game", "Open weights arrive: Matrix-Game 1.0 pretrains a 17B diffusion transformer on "
                            "unlabelled Minecraft video, then teaches it mouse and keyboard control, and beats Oasis "
                            "on its GameWorld Score (keyboard accuracy 0.95 against 0.77). It is not yet real time; "
                            "a later 2.0 (August 2025) distils a small streaming model that plays at 25 fps."),
            ("genie3", "Genie 3 is the first Genie you can explore live: from a text prompt, a world you navigate "
                       "in real time at 24 fps and 720p, consistent for a few minutes, each frame generated with "
                       "the whole trajectory so far in view. Typed world events change it mid-session."),
        ]),
    dict(
        id="driving",
        title="World models on the road",
        summary="From GAN-era neural simulators to controllable multi-camera futures of real traffic.",
        steps=[
            ("drivegan", "A neural driving simulator before diffusion: DriveGAN learns from video plus the car's "
                         "speed and turning rate, with a StyleGAN-based latent space and an action-driven "
                         "recurrent dynamics engine, and can replay a real drive with other actions or weather."),
            ("mile", "A driving world model learned offline: MILE lifts camera images to a bird's-eye view, learns "
                     "an RSSM over it from expert drives in CARLA, and can drive from imagined plans."),
            ("unisim-waabi", "Testing needs closed loop: Waabi's UniSim rebuilds a recorded drive as neural feature "
                             "grids and renders new camera and LiDAR views when the car or other actors move."),
            ("gaia1", "GAIA-1 treats real driving video like language: discrete tokens and next-token prediction, "
                      "conditioned on actions and text, at 9B parameters."),
            ("drivedreamer", "DriveDreamer learns from real nuScenes driving with diffusion: first to draw scenes "
                             "that obey HD maps and 3D boxes, then to predict how they evolve under driving actions."),
            ("copilot4d", "Copilot4D learns how raw LiDAR evolves, without labels: BEV tokens predicted with "
                          "discrete diffusion, a whole frame decoded in parallel."),
            ("occworld", "Neither pixels nor boxes: OccWorld predicts the future of the scene as 3D semantic "
                         "occupancy tokens, together with the ego car's path."),
            ("genad", "Scale the data instead: GenAD gathers over 2,000 hours of driving video from the web and "
                      "adds temporal reasoning blocks to a latent diffusion image model, predicting futures that "
                      "generalise zero-shot to unseen datasets."),
            ("vista", "From the same group, Vista builds on Stable Video Diffusion and trains on GenAD's web driving "
                      "video (OpenDV-YouTube), for high-resolution, long rollouts that follow several action "
                      "formats, and uses its own uncertainty as a reward."),
            ("gaia2", "GAIA-2 moves from GAIA-1's discrete tokens to a latent diffusion world model that "
                      "generates spatiotemporally consistent multi-camera video, controlled by ego-vehicle "
                      "dynamics, agent configurations, environmental factors and road semantics."),
        ]),
    dict(
        id="robot-hands",
        title="World models in robot hands",
        summary="World models as robot policies, simulators, data factories, RL training grounds and judges of "
                "other policies.",
        steps=[
            ("unipi", "The policy is a video: UniPi generates the frames of a plan from a text goal, and an "
                      "inverse-dynamics model reads the actions off them."),
            ("unisim-google", "From plan to simulator: UniSim learns one action-conditioned video model from many "
                              "datasets, and policies trained purely inside it transfer to real robots."),
            ("gr1", "Prediction as pre-training: GR-1 learns to predict future frames of human videos, then "
                    "predicts robot actions and frames together."),
            ("cosmos", "Pixel-space world models as infrastructure: NVIDIA's Cosmos releases video world "
                       "foundation models, diffusion and autoregressive, with recipes to post-train them into "
                       "robot-manipulation simulators."),
            ("rwm", "Not every robot world model draws pictures: RWM learns the dynamics of a legged robot's own "
                    "state, trained on its own multi-step predictions so long rollouts stay stable. PPO policies "
                    "trained inside it were deployed zero-shot on ANYmal D and Unitree G1."),
            ("dreamgen", "A data factory: DreamGen fine-tunes a video model on a robot (its released pipeline "
                         "post-trains Cosmos-Predict2), dreams new tasks, labels them with pseudo-actions and "
                         "trains the policy on those neural trajectories."),
            ("vla-rft", "Reinforcement learning inside the dream, for a VLA: VLA-RFT lets the policy act in a video "
                        "world model trained on real interaction data, rewards rollouts that match a goal-reaching "
                        "reference, and improves LIBERO success with fewer than 400 GRPO steps."),
            ("ctrl-world", "Policy in the loop: in Ctrl-World a generalist VLA acts inside a multi-view video world "
                           "model for long episodes, to be evaluated and improved on imagined successes."),
            ("veo-robot-eval", "At industrial scale: Google DeepMind tunes Veo into a multi-view, action-conditioned "
                               "robot simulator, checked against more than 1,600 real trials."),
            ("dreamzero", "The world model becomes the policy: DreamZero jointly denoises future video and robot "
                          "actions with a 14B video diffusion backbone, running closed-loop."),
        ]),
    dict(
        id="language-world-models",
        title="Language models as world models",
        summary="Does a model trained on text or move lists hold a model of the world, and can an LLM serve as "
                "the simulator an agent plans with?",
        steps=[
            ("othello-gpt", "The question starts small: a GPT trained only on Othello move lists holds a board "
                            "state that probes can read, and editing that state changes the moves it predicts."),
            ("rap", "Use the LLM as the world model: RAP prompts it to predict the state each reasoning step or "
                    "action leads to and runs Monte Carlo Tree Search over those predicted states. With LLaMA-33B "
                    "it beat chain-of-thought on GPT-4 by 33% (relative) in plan generation."),
            ("space-time-probes", "From games to the real world: linear probes read latitude, longitude and dates "
                                  "out of Llama-2's activations, which the authors read as basic ingredients of a "
                                  "world model."),
            ("chess-gpt", "Real human games: a GPT trained on chess move strings tracks the board and the players' "
                          "skill, and editing these internal representations changes how it plays."),
            ("vafa-eval", "Valid next moves are not proof of a map: a transformer that almost always outputs valid "
                          "New York taxi routes still lacks a coherent one, since rebuilding Manhattan from its "
                          "behaviour reveals streets that do not exist and its routing breaks once detours appear."),
            ("text-world-sim", "Can an LLM be the game engine? Asked to predict the next state of text games, GPT-4 "
                               "stays below 60% accuracy on transitions where the state really changes."),
            ("webdreamer", "Imagination where acting is irreversible: WebDreamer has an LLM describe how a web "
                           "page would change under each candidate action, scores the imagined futures, and only "
                           "then clicks."),
            ("rlvr-world", "Train the world model for what you measure: RLVR-World post-trains language and video "
                           "world models with reinforcement learning on verifiable metrics of their predictions, "
                           "raising accuracy on text-game state prediction by 30.7%."),
            ("inductive-bias-probe", "The probes come back with a harder test: fine-tune a model on small tasks "
                                     "generated from a known world model and check how it extrapolates. A "
                                     "transformer that predicts orbits well recovers a nonsensical force law."),
        ]),
]


def animations() -> dict:
    """Animation key -> JS file: every file in worldmodel_anims/ registers the key it is named after."""
    return {name[:-3]: os.path.join(ANIMATION_DIR, name)
            for name in sorted(os.listdir(ANIMATION_DIR)) if name.endswith(".js")}


def spec() -> dict:
    return dict(title=TITLE, subtitle=SUBTITLE, added_default=ADDED_DEFAULT, entry_kinds=ENTRY_KINDS,
                families=FAMILIES, edge_types=EDGE_TYPES,
                entries=P, edges=EDGES, papers=my_papers.PAPERS, animations=animations(), tours=TOURS,
                benchmarks=worldmodel_results.BENCHMARKS, results=worldmodel_results.RESULTS)


def main(argv=None) -> int:
    return gen_landscape.main(argv, spec, OUTPUT)


if __name__ == "__main__":
    sys.exit(main())
