/* ============================================================================================
   Model: checkpoint layouts, configs and tensor views
   ============================================================================================ */
/* A model is three parts (text encoder, UNet, VAE), each a parsed config plus its tensors under
   diffusers' names, the canonical names the model code asks for. Two layouts are read:
   - a diffusers folder: unet/, vae/, text_encoder/, each with config.json and safetensors weights,
     plus the optional scheduler/scheduler_config.json and tokenizer/vocab.json + merges.txt;
   - one original-layout (CompVis / LDM / A1111) .safetensors checkpoint. Its config is inferred
     from tensor shapes; what shapes cannot tell (head counts, sample size, upcasting) comes from
     the SD 1 or SD 2 defaults, overridden by an optional sidecar next to the checkpoint,
     <path without .safetensors>.json = {"unet": {..}, "vae": {..}, "text_encoder": {..},
     "scheduler": {..}}, whose objects hold diffusers config keys.
   Original names are renamed as diffusers' loaders/single_file_utils.py does
   (convert_ldm_unet_checkpoint, convert_ldm_vae_checkpoint, convert_ldm_clip_checkpoint,
   convert_open_clip_checkpoint). The text encoder's canonical names carry no "text_model." prefix
   (the transformers >= 5 layout); lookups accept the prefix too.
   Tensors stay in the mapped files: a view only renames, reshapes (LDM's 1x1-conv VAE attention
   weights become linear [C, C]) or slices (OpenCLIP's fused in_proj [3C, C] becomes q, k, v). */
#define SD__MAX_LEVELS 8
#define SD__NAME_MAX 256
#define SD__LDM_UNET "model.diffusion_model."
#define SD__LDM_VAE "first_stage_model."
#define SD__LDM_CLIP "cond_stage_model.transformer."
#define SD__LDM_OPENCLIP "cond_stage_model.model."

typedef enum sd__part { SD__PART_TEXT, SD__PART_UNET, SD__PART_VAE, SD__PART_COUNT } sd__part;

typedef enum sd__layout {
    SD__LAYOUT_DIFFUSERS,   /* a diffusers folder */
    SD__LAYOUT_LDM_CLIP,    /* a single file with OpenAI CLIP as text encoder: the SD 1.x family */
    SD__LAYOUT_LDM_OPENCLIP /* a single file with OpenCLIP (cond_stage_model.model.*): the SD 2.x family */
} sd__layout;

/* UNet2DConditionModel. Per-level arrays are in down order (level 0 is the full resolution);
   up_blocks.i works on level levels-1-i and the mid block on level levels-1. Supported blocks:
   CrossAttnDownBlock2D / DownBlock2D, CrossAttnUpBlock2D / UpBlock2D, UNetMidBlock2DCrossAttn,
   positional time embedding, SiLU, 3x3 conv_in/conv_out, downsample padding 1. */
typedef struct sd__unet_config {
    int in_channels, out_channels;
    int sample_size;                        /* latent side; images are sample_size * 8 pixels */
    int levels;                             /* number of block_out_channels */
    int block_out_channels[SD__MAX_LEVELS];
    int layers_per_block;                   /* resnets per down level; up levels have one more */
    int down_attention[SD__MAX_LEVELS];     /* down_blocks.l is CrossAttnDownBlock2D (1) or DownBlock2D (0) */
    int up_attention[SD__MAX_LEVELS];       /* up_blocks.i (up order!) is CrossAttnUpBlock2D (1) or UpBlock2D (0) */
    int heads[SD__MAX_LEVELS];              /* attention heads of level l; head dim = channels / heads */
    int transformer_layers[SD__MAX_LEVELS]; /* transformer_blocks per attention of level l */
    int cross_attention_dim;                /* width of the text embeddings */
    int time_embed_dim;                     /* 4 * block_out_channels[0] unless time_embedding_dim is set */
    int norm_num_groups;
    float norm_eps;
    int use_linear_projection;              /* proj_in/proj_out are linear [C, C], else 1x1 convs [C, C, 1, 1] */
    int upcast_attention;                   /* compute attention scores in float32 */
    int flip_sin_to_cos;
    float freq_shift;
} sd__unet_config;

/* AutoencoderKL: DownEncoderBlock2D / UpDecoderBlock2D levels, SiLU, group norms with eps 1e-6,
   one single-head attention in each mid block when mid_block_add_attention. */
typedef struct sd__vae_config {
    int in_channels, out_channels, latent_channels;
    int sample_size;                        /* image side */
    int levels;
    int block_out_channels[SD__MAX_LEVELS]; /* encoder down order; the decoder's up_blocks.i has level levels-1-i */
    int layers_per_block;                   /* encoder resnets per level; decoder levels have one more */
    int norm_num_groups;
    float scaling_factor;
    int use_quant_conv, use_post_quant_conv;
    int mid_block_add_attention;
} sd__vae_config;

/* CLIPTextModel (causal self-attention, final layer norm). */
typedef struct sd__text_config {
    int vocab_size, hidden_size, intermediate_size;
    int num_attention_heads, num_hidden_layers, max_position_embeddings;
    int quick_gelu;                         /* hidden_act: 1 quick_gelu (SD 1), 0 gelu (SD 2) */
    float layer_norm_eps;
} sd__text_config;

typedef struct sd__model_view {
    sd__st_tensor tensor;   /* name: the canonical name; data: inside the mapped file */
    const char *source;     /* the tensor's name in the file */
} sd__model_view;

typedef struct sd__model {
    sd__layout layout;
    sd__text_config text;
    sd__unet_config unet;
    sd__vae_config vae;
    /* The scheduler's config object (diffusers scheduler_config.json keys): the folder's
       scheduler/scheduler_config.json or the sidecar's "scheduler". NULL when there is none; then
       use diffusers' defaults for the layout (SD 2 single files load SD 2.1's v-prediction config
       in diffusers). Points into config_doc. */
    const sd__json *scheduler;
    char *vocab_path, *merges_path;        /* tokenizer/vocab.json and merges.txt when both exist, else NULL */
    char *pad_token;                       /* the tokenizer's padding token when it is not EOS ("!" in SD 2.x), else NULL */
    /* storage */
    sd__st_file checkpoint;                /* single-file layout */
    sd__st_file part_files[SD__PART_COUNT];/* folder layout; part_files[VAE] also holds a separate VAE's folder */
    /* A separate VAE's single file (sd_desc.vae_path), under LDM names after vae_prefix ("" or
       "first_stage_model."); it replaces the model's VAE tensors. */
    sd__st_file vae_file;
    const char *vae_prefix;
    sd__model_view *views[SD__PART_COUNT]; /* sorted by canonical name */
    size_t view_count[SD__PART_COUNT];
    char *names;                           /* canonical names of all views */
    sd__json_doc config_doc;               /* scheduler_config.json or the sidecar */
} sd__model;

static const char *const sd__part_names[SD__PART_COUNT] = {"text_encoder", "unet", "vae"};
