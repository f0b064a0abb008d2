// The widget's stylesheet, scoped to its shadow root (the host page's CSS cannot reach in, ours cannot leak out).
export const CSS = `
:host{all:initial!important;display:contents!important}
.tp-root{--tp-brand:#2563eb;--tp-on-brand:#fff;--tp-bg:#fff;--tp-fg:#1f2328;--tp-muted:#59636e;--tp-surface:#f3f5f8;
--tp-border:#d8dee4;--tp-code:#eef1f4;--tp-error-bg:#fdecec;--tp-error:#b42318;--tp-shadow:0 12px 40px rgba(0,0,0,.18);
all:initial;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue","PingFang SC","Hiragino Sans GB","Microsoft YaHei",sans-serif;
font-size:14px;line-height:1.5;color:var(--tp-fg);font-weight:400;font-style:normal;letter-spacing:normal;text-align:left;
text-transform:none;text-shadow:none;word-spacing:normal;direction:ltr;-webkit-font-smoothing:antialiased}
.tp-root[data-theme=dark]{--tp-bg:#16191d;--tp-fg:#e6e8eb;--tp-muted:#9aa4ae;--tp-surface:#22272e;--tp-border:#373e47;
--tp-code:#2d333b;--tp-error-bg:#3b1d1d;--tp-error:#ff9b8f;--tp-shadow:0 12px 40px rgba(0,0,0,.55)}
@media (prefers-color-scheme:dark){.tp-root[data-theme=auto]{--tp-bg:#16191d;--tp-fg:#e6e8eb;--tp-muted:#9aa4ae;
--tp-surface:#22272e;--tp-border:#373e47;--tp-code:#2d333b;--tp-error-bg:#3b1d1d;--tp-error:#ff9b8f;--tp-shadow:0 12px 40px rgba(0,0,0,.55)}}
.tp-root *,.tp-root *::before,.tp-root *::after{box-sizing:border-box}
button,textarea{font:inherit;color:inherit;margin:0}
button{cursor:pointer}
:focus-visible{outline:2px solid var(--tp-brand);outline-offset:2px}
.tp-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0;padding:0;margin:-1px}
.tp-launcher{position:fixed;bottom:20px;right:20px;z-index:2147483000;width:56px;height:56px;border-radius:50%;border:0;
background:var(--tp-brand);color:var(--tp-on-brand);box-shadow:var(--tp-shadow);display:flex;align-items:center;justify-content:center;
padding:0;transition:transform .15s}
.tp-launcher:hover{transform:scale(1.05)}
.tp-launcher svg{width:26px;height:26px}
.tp-left .tp-launcher{right:auto;left:20px}
.tp-panel{position:fixed;bottom:88px;right:20px;z-index:2147483001;width:400px;max-width:calc(100vw - 40px);
height:min(640px,calc(100vh - 110px));display:flex;flex-direction:column;background:var(--tp-bg);color:var(--tp-fg);
border:1px solid var(--tp-border);border-radius:14px;box-shadow:var(--tp-shadow);overflow:hidden}
.tp-left .tp-panel{right:auto;left:20px}
.tp-panel[hidden]{display:none}
.tp-header{display:flex;align-items:center;gap:8px;padding:12px 12px 12px 16px;background:var(--tp-brand);color:var(--tp-on-brand)}
.tp-heading{flex:1;min-width:0}
.tp-title{font-size:15px;font-weight:600;margin:0;line-height:1.3}
.tp-subtitle{font-size:12px;opacity:.85;margin:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.tp-icon{width:34px;height:34px;border-radius:8px;border:0;background:transparent;color:inherit;display:flex;align-items:center;
justify-content:center;padding:0}
.tp-icon:hover{background:rgba(255,255,255,.18)}
.tp-icon svg{width:18px;height:18px}
.tp-mode{margin:0;font-size:12px;color:var(--tp-muted);background:var(--tp-surface);border-bottom:1px solid var(--tp-border);padding:6px 16px}
.tp-mode[hidden]{display:none}
.tp-log{flex:1;overflow-y:auto;padding:14px 14px 4px;display:flex;flex-direction:column;gap:12px;overscroll-behavior:contain}
.tp-msg{max-width:100%;overflow-wrap:anywhere}
.tp-user{align-self:flex-end;max-width:85%;background:var(--tp-brand);color:var(--tp-on-brand);padding:8px 12px;
border-radius:14px 14px 4px 14px;white-space:pre-wrap}
.tp-assistant{align-self:stretch;background:var(--tp-surface);padding:10px 12px;border-radius:14px 14px 14px 4px}
.tp-welcome{color:var(--tp-muted)}
.tp-body>:first-child{margin-top:0}.tp-body>:last-child{margin-bottom:0}
.tp-body p,.tp-body ul,.tp-body ol,.tp-body pre,.tp-body blockquote,.tp-table{margin:0 0 8px}
.tp-body ul,.tp-body ol{padding-left:20px}
.tp-body li{margin:2px 0}
.tp-body h3,.tp-body h4,.tp-body h5,.tp-body h6{font-size:14px;font-weight:600;margin:10px 0 4px}
.tp-body h3{font-size:15px}
.tp-body strong{font-weight:600}
.tp-body code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px;background:var(--tp-code);
padding:1px 4px;border-radius:4px}
.tp-body pre{background:var(--tp-code);padding:8px 10px;border-radius:8px;overflow-x:auto}
.tp-body pre code{background:none;padding:0}
.tp-body blockquote{border-left:3px solid var(--tp-border);padding-left:10px;color:var(--tp-muted)}
.tp-body hr{border:0;border-top:1px solid var(--tp-border);margin:10px 0}
.tp-root a{color:var(--tp-brand);text-decoration:underline;text-underline-offset:2px}
.tp-root[data-theme=dark] a{color:#8ab4ff}
.tp-cite{font-size:11.5px;vertical-align:super;line-height:0;text-decoration:none!important;margin:0 1px}
.tp-table{overflow-x:auto;max-width:100%;border:1px solid var(--tp-border);border-radius:8px;background:var(--tp-bg)}
.tp-table table{border-collapse:collapse;width:100%;font-size:12.5px;font-variant-numeric:tabular-nums}
.tp-table th,.tp-table td{padding:5px 8px;border-bottom:1px solid var(--tp-border);text-align:left;white-space:nowrap;vertical-align:top}
.tp-table th{background:var(--tp-surface);font-weight:600}
.tp-table tr:last-child td{border-bottom:0}
.tp-table [data-align=right]{text-align:right}
.tp-table .tp-fold{width:1%;padding:2px 4px}
.tp-toggle{border:0;background:transparent;color:var(--tp-brand);font-size:13px;padding:2px 6px;border-radius:4px;line-height:1.2}
.tp-detail td{white-space:normal;background:var(--tp-surface)}
.tp-detail dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:2px 10px}
.tp-detail dl>div{display:contents}
.tp-detail dt{color:var(--tp-muted)}.tp-detail dd{margin:0;overflow-wrap:anywhere}
.tp-table[data-fit=full] .tp-row>[data-priority="3"],.tp-table[data-fit=full] thead [data-priority="3"]{display:none}
.tp-table[data-fit=full] .tp-detail [data-priority="2"]{display:none}
.tp-table[data-fit=compact] .tp-row>[data-priority="2"],.tp-table[data-fit=compact] .tp-row>[data-priority="3"],
.tp-table[data-fit=compact] thead [data-priority="2"],.tp-table[data-fit=compact] thead [data-priority="3"]{display:none}
.tp-table[data-fit=cards]{border:0;background:transparent;overflow:visible}
.tp-table[data-fit=cards] table,.tp-table[data-fit=cards] tbody,.tp-table[data-fit=cards] tr,.tp-table[data-fit=cards] td{display:block;width:auto}
.tp-table[data-fit=cards] thead{display:none}
.tp-table[data-fit=cards] .tp-row{border:1px solid var(--tp-border);border-radius:8px 8px 0 0;background:var(--tp-bg);margin-top:6px;
padding:4px 8px;display:flex;flex-wrap:wrap;gap:2px 12px;align-items:baseline}
.tp-table[data-fit=cards] .tp-row>td{border:0;padding:1px 0;white-space:normal;overflow-wrap:anywhere;text-align:left}
.tp-table[data-fit=cards] .tp-row>td[data-priority="2"],.tp-table[data-fit=cards] .tp-row>td[data-priority="3"]{display:none}
.tp-table[data-fit=cards] .tp-row>td[data-priority="1"]::before{content:attr(data-label) ": ";color:var(--tp-muted)}
.tp-table[data-fit=cards] .tp-row>td:first-child{flex-basis:100%;font-weight:600}
.tp-table[data-fit=cards] .tp-row>td:first-child::before{content:none}
.tp-table[data-fit=cards] .tp-row>.tp-fold{margin-left:auto}
.tp-table[data-fit=cards] .tp-detail{border:1px solid var(--tp-border);border-top:0;border-radius:0 0 8px 8px}
.tp-table[data-fit=cards] .tp-detail[hidden]{display:none}
.tp-table[data-fit=cards] .tp-row:has(+.tp-detail[hidden]){border-radius:8px}
.tp-items{list-style:none;padding-left:0!important}
.tp-items li{margin:0 0 6px}
.tp-item-detail{color:var(--tp-muted);font-size:12.5px}
.tp-notice{font-size:12.5px;color:var(--tp-muted);border-left:3px solid var(--tp-border);padding-left:8px}
.tp-notice[data-tone=warning]{border-left-color:#d29922}
.tp-caption{font-weight:600}
.tp-action{margin:0 0 8px;color:var(--tp-brand)}
.tp-activity{list-style:none;margin:0 0 8px;padding:0;font-size:12.5px;color:var(--tp-muted)}
.tp-activity li{display:flex;align-items:center;gap:6px;margin:2px 0}
.tp-activity li::before{content:"";width:8px;height:8px;border-radius:50%;border:2px solid var(--tp-brand);border-right-color:transparent;
animation:tp-spin .8s linear infinite;flex:none}
.tp-activity li.tp-ok::before{animation:none;border:0;background:#1a7f37}
.tp-activity li.tp-fail::before{animation:none;border:0;background:var(--tp-error)}
.tp-sources{margin:8px 0 0;padding-top:6px;border-top:1px solid var(--tp-border);font-size:12.5px}
.tp-sources ol{margin:2px 0 0;padding-left:20px}
.tp-standing{color:var(--tp-muted)}
.tp-typing::after{content:"▍";animation:tp-blink 1s steps(2) infinite;color:var(--tp-muted)}
.tp-error{background:var(--tp-error-bg);color:var(--tp-error);border-radius:8px;padding:8px 10px;margin-top:8px;display:flex;
gap:10px;align-items:center;flex-wrap:wrap}
.tp-error span{flex:1;min-width:140px}
.tp-note{color:var(--tp-muted);font-size:12.5px;margin:6px 0 0}
.tp-btn{border:1px solid currentColor;background:transparent;border-radius:8px;padding:4px 10px;font-size:13px}
.tp-form{display:flex;gap:8px;align-items:flex-end;padding:10px 12px;border-top:1px solid var(--tp-border);background:var(--tp-bg)}
.tp-input{flex:1;resize:none;min-height:40px;max-height:140px;padding:9px 12px;border:1px solid var(--tp-border);border-radius:10px;
background:var(--tp-bg);color:var(--tp-fg);line-height:1.4;font-size:14px}
.tp-input:focus{outline:2px solid var(--tp-brand);outline-offset:-1px;border-color:transparent}
.tp-send{height:40px;min-width:64px;border:0;border-radius:10px;background:var(--tp-brand);color:var(--tp-on-brand);font-weight:600;padding:0 14px}
.tp-send[hidden]{display:none}
.tp-send:disabled{opacity:.5;cursor:default}
.tp-stop{background:var(--tp-fg);color:var(--tp-bg)}
.tp-foot{margin:0;padding:0 12px 8px;font-size:11px;color:var(--tp-muted);text-align:center;background:var(--tp-bg)}
@keyframes tp-spin{to{transform:rotate(360deg)}}
@keyframes tp-blink{50%{opacity:0}}
@media (max-width:480px){
.tp-panel{inset:0;width:100%;max-width:none;height:100%;border-radius:0;border:0}
.tp-open .tp-launcher{display:none}
.tp-input{font-size:16px}
}
@media (prefers-reduced-motion:reduce){.tp-activity li::before,.tp-typing::after{animation:none}.tp-launcher{transition:none}}
`;
