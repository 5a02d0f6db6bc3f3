const { TextDocument } = require('vscode-languageserver-textdocument');
const { service } = require('./out/test/support/service');
function at(t, name='t.yaml'){const o=t.indexOf('§');const text=t.replace('§','');const d=TextDocument.create('file:///w/'+name,name.endsWith('json')?'json':'yaml',1,text);const a=service().analyze(d);return [a,d.positionAt(o)];}
const H="AWSTemplateFormatVersion: '2010-09-09'\nResources:\n";
let r=at(H+"  Comp:\n    Type: §\n"); console.log('Type:', service().doComplete(...r).items.map(i=>i.label).slice(0,12).join(', '));
r=at(H+"  Comp:\n    Type: AWS::ImageBuilder::Component\n    Properties:\n      §\n"); console.log('props:', service().doComplete(...r).items.map(i=>i.label+(i.sortText?'':'' )).join(', '));
r=at(H+"  Comp:\n    Type: AWS::ImageBuilder::Component\n    Properties:\n      Platform: §\n"); console.log('Platform:', service().doComplete(...r).items.map(i=>i.label).join(', '));
r=at(H+"  Comp:\n    Type: AWS::ImageBuilder::Component\n    Properties:\n      Plat§form: Linux\n"); console.log('hover:', JSON.stringify(service().doHover(...r)?.contents).slice(0,400));
r=at('{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"I": {"Type": "AWS::ImageBuilder::InfrastructureConfiguration", "Properties": {"Placement": {"Tenancy": "§"}}}}}','t.json'); console.log('json Tenancy:', service().doComplete(...r).items.map(i=>i.label).join(', '));
r=at(H+"  C:\n    Type: AWS::ImageBuilder::ContainerRecipe\n    Properties:\n      ContainerType: §\n"); console.log('ContainerType:', service().doComplete(...r).items.map(i=>i.label).join(', '));
r=at(H+"  C:\n    Type: AWS::ImageBuilder::LifecyclePolicy\n    Properties:\n      Status: §\n"); console.log('Status:', service().doComplete(...r).items.map(i=>i.label).join(', '));
r=at(H+"  Comp:\n    Type: AWS::ImageBuilder::Component\n    Properties:\n      §\n"); console.log('props sorted:', service().doComplete(...r).items.sort((a,b)=>(a.sortText??a.label).localeCompare(b.sortText??b.label)).map(i=>i.label).join(', '));
r=at(H+"  Comp:\n    Type: AWS::§\n"); console.log('Type AWS:', service().doComplete(...r).items.map(i=>i.label).slice(0,12).join(', '));
r=at(H+"  Comp:\n    Type: A§\n"); console.log('Type A:', service().doComplete(...r).items.map(i=>i.label).slice(0,12).join(', '));
