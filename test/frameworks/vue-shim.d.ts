declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}
